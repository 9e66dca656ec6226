package dev.scaffold.answers;

import java.util.Map;
import java.util.Optional;

/**
 * A rule over one answer that depends on more than its question (earlier answers, the archetype's
 * family, the org's policy). The resolver asks it as soon as an answer is given, so that the prompt
 * can ask again with the reason; the same rule checks the final answers, so it lives once.
 */
@FunctionalInterface
public interface AnswerRule {
    /** The reason {@code value}, the answer to {@code questionId}, breaks the rule (worded like a question's rule), or empty. */
    Optional<String> violation(String questionId, Object value, Map<String, Object> earlier);

    /** Whether a violation of the rule for {@code questionId} is the org's policy refusing it (not a malformed answer). */
    default boolean isPolicy(String questionId) {
        return false;
    }

    /** No cross-field rule. */
    AnswerRule NONE = (questionId, value, earlier) -> Optional.empty();
}
