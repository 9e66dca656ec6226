package dev.scaffold.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code key=value} pairs of an ENV, ARG or LABEL instruction, read in one pass: words are separated
 * by unquoted white space, {@code "..."} (with backslash escapes) and {@code '...'} quote, and a first
 * word without {@code =} is the legacy form {@code ENV KEY value with spaces}. A hand-written scanner
 * rather than a regular expression, because a checked repository is untrusted input: Java's regex engine
 * backtracks (a 160 KB ENV line of spaces took minutes) and recurses per repetition (a long quoted
 * LABEL value overflowed the stack). This runs in time linear in the line and in constant stack.
 */
record KeyValues(List<Pair> pairs) {
    /** One pair; {@code key} and {@code value} with their quotes removed. */
    record Pair(String key, String value) {
    }

    static KeyValues parse(String arguments) {
        List<String> words = words(arguments);
        List<Pair> pairs = new ArrayList<>();
        if (words.isEmpty()) {
            return new KeyValues(pairs);
        }
        if (words.get(0).indexOf('=') < 0 || words.get(0).startsWith("=")) {
            // The stripped text starts with the first word verbatim: the value is everything after it.
            String rest = arguments.strip().substring(words.get(0).length()).strip();
            pairs.add(new Pair(unquote(words.get(0)), unquote(rest)));
            return new KeyValues(pairs);
        }
        for (String word : words) {
            int eq = unquotedEquals(word);
            if (eq < 0) {
                pairs.add(new Pair(unquote(word), ""));
            } else {
                pairs.add(new Pair(unquote(word.substring(0, eq)), unquote(word.substring(eq + 1))));
            }
        }
        return new KeyValues(pairs);
    }

    /** Words as written (quotes kept), split at unquoted white space. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
            if (quote == '"' && c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static int unquotedEquals(String word) {
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == '=') {
                return i;
            }
        }
        return -1;
    }

    /** Removes one pair of surrounding quotes. */
    static String unquote(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'') && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
