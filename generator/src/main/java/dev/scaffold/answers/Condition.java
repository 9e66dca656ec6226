package dev.scaffold.answers;

import dev.scaffold.error.InputException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A question's {@code when}: {@code id == value} or {@code id != value} over earlier answers. */
final class Condition {
    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\w+)\\s*(==|!=)\\s*'?([^']*?)'?\\s*");

    private Condition() {
    }

    static boolean holds(String when, Map<String, Object> answers, String questionId) {
        if (when == null || when.isBlank()) {
            return true;
        }
        Matcher m = SYNTAX.matcher(when);
        if (!m.matches()) {
            throw new InputException("question '" + questionId + "': 'when' must read `id == value` or `id != value` (got '" + when + "')");
        }
        boolean equal = Objects.equals(String.valueOf(answers.get(m.group(1))), m.group(3));
        return m.group(2).equals("==") == equal;
    }
}
