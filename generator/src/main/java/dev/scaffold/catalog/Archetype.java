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
        Path filesRoot) {

    public Archetype {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
