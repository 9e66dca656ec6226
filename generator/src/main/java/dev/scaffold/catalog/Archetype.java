package dev.scaffold.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An archetype's manifest, with the folder its files are rendered from; {@code ecosystem} is the
 * Dependabot package ecosystem of its dependencies (uv, pip, npm, gomod, maven, cargo) or null.
 */
public record Archetype(
        String id,
        String version,
        String description,
        String family,
        List<Question> questions,
        FileRules fileRules,
        VerifyRecipe verify,
        Path filesRoot,
        Origin origin,
        String ecosystem) {

    public Archetype {
        questions = List.copyOf(questions);
    }

    /** An archetype without a Dependabot ecosystem of its own (only github-actions and docker are kept current). */
    public Archetype(String id, String version, String description, String family, List<Question> questions,
            FileRules fileRules, VerifyRecipe verify, Path filesRoot, Origin origin) {
        this(id, version, description, family, questions, fileRules, verify, filesRoot, origin, null);
    }

    /** The same archetype from another origin (set when its catalog is loaded or layered). */
    public Archetype withOrigin(Origin newOrigin) {
        return new Archetype(id, version, description, family, questions, fileRules, verify, filesRoot, newOrigin, ecosystem);
    }

    /** The same archetype with other questions (a family rule or org default applied). */
    public Archetype withQuestions(List<Question> newQuestions) {
        return new Archetype(id, version, description, family, newQuestions, fileRules, verify, filesRoot, origin, ecosystem);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
