package dev.scaffold.answers;

import dev.scaffold.error.InputException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code when} condition over answers: clauses {@code id == value} or {@code id != value}, joined
 * by {@code &&}. Used by questions (over earlier answers) and by conditional files.
 */
public final class Condition {
    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\w+)\\s*(==|!=)\\s*'?([^']*?)'?\\s*");

    private Condition() {
    }

    /** Whether {@code when} holds; {@code owner} names the question or file in an error message. */
    public static boolean holds(String when, Map<String, Object> answers, String owner) {
        if (when == null || when.isBlank()) {
            return true;
        }
        for (String clause : when.split("&&")) {
            Matcher m = SYNTAX.matcher(clause);
            if (!m.matches()) {
                throw new InputException(owner + ": 'when' must read `id == value` or `id != value`, joined by &&"
                        + " (got '" + when + "')");
            }
            boolean equal = Objects.equals(String.valueOf(answers.get(m.group(1))), m.group(3));
            if (m.group(2).equals("==") != equal) {
                return false;
            }
        }
        return true;
    }
}
