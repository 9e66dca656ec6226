package dev.scaffold.answers;

import dev.scaffold.catalog.Question;
import java.util.Locale;

/** Parses a raw text answer into the typed value its question asks for, or explains the rule it breaks. */
public final class ValueParser {
    private ValueParser() {
    }

    public static Object parse(Question question, String raw) throws InvalidAnswer {
        String text = raw.strip();
        return switch (question.type()) {
            case INT -> parseInt(question, text);
            case BOOL -> parseBool(text);
            case CHOICE -> parseChoice(question, text);
            case STRING -> parseString(question, text);
            case IMAGE -> parseImage(question, text);
        };
    }

    private static Long parseInt(Question question, String text) throws InvalidAnswer {
        long min = question.min() == null ? Long.MIN_VALUE : question.min();
        long max = question.max() == null ? Long.MAX_VALUE : question.max();
        String rule = question.min() != null && question.max() != null
                ? "must be an integer from " + min + " to " + max
                : "must be an integer";
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidAnswer(rule + " (got '" + text + "')");
        }
        if (value < min || value > max) {
            throw new InvalidAnswer(rule + " (got " + value + ")");
        }
        return value;
    }

    private static Boolean parseBool(String text) throws InvalidAnswer {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y" -> true;
            case "false", "no", "n" -> false;
            default -> throw new InvalidAnswer("must be true or false (got '" + text + "')");
        };
    }

    private static String parseChoice(Question question, String text) throws InvalidAnswer {
        if (question.choices().contains(text)) {
            return text;
        }
        throw new InvalidAnswer("must be one of " + String.join(", ", question.choices()) + " (got '" + text + "')");
    }

    private static String parseImage(Question question, String text) throws InvalidAnswer {
        ImageReference.check(text);
        if (question.pattern() != null && !text.matches(question.pattern())) {
            String rule = question.patternHelp() != null ? question.patternHelp() : "must match " + question.pattern();
            throw new InvalidAnswer(rule + " (got '" + text + "')");
        }
        return text;
    }

    /** The longest text answer, in characters: answers are one-line values (a description, a registry), not documents. */
    public static final int MAX_TEXT_LENGTH = 200;

    /**
     * The rule for every text answer, whatever its question: one line of printable text. A control
     * character (DEL, ESC, NUL, a newline) or an invisible format character (a bidi override) would end up
     * verbatim in TOML, YAML and Dockerfiles, breaking them or hiding what they say.
     */
    static void checkText(String text) throws InvalidAnswer {
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new InvalidAnswer("must be at most " + MAX_TEXT_LENGTH + " characters (got "
                    + text.codePointCount(0, text.length()) + ")");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                throw new InvalidAnswer("must be one line of printable text: no control, format or line-separator"
                        + " characters (got U+" + String.format("%04X", c) + " at position " + (text.codePointCount(0, i) + 1) + ")");
            }
            i += Character.charCount(c);
        }
    }

    private static String parseString(Question question, String text) throws InvalidAnswer {
        if (text.isEmpty()) {
            throw new InvalidAnswer("must not be empty");
        }
        checkText(text);
        if (question.pattern() != null && !text.matches(question.pattern())) {
            String rule = question.patternHelp() != null ? question.patternHelp() : "must match " + question.pattern();
            throw new InvalidAnswer(rule + " (got '" + text + "')");
        }
        return text;
    }
}
