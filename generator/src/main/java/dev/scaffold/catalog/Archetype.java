package dev.scaffold.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An archetype's manifest, with the folder its files are rendered from. */
public record Archetype(
        String id,
        String version,
        String description,
        String family,
        List<Question> questions,
        FileRules fileRules,
        VerifyRecipe verify,
        Path filesRoot,
        Origin origin) {

    public Archetype {
        questions = List.copyOf(questions);
    }

    /** The same archetype from another origin (set when its catalog is loaded or layered). */
    public Archetype withOrigin(Origin newOrigin) {
        return new Archetype(id, version, description, family, questions, fileRules, verify, filesRoot, newOrigin);
    }

    /** The same archetype with other questions (a family rule or org default applied). */
    public Archetype withQuestions(List<Question> newQuestions) {
        return new Archetype(id, version, description, family, newQuestions, fileRules, verify, filesRoot, origin);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
