package dev.scaffold.git;

import dev.scaffold.error.InputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A commit identity; parsed from {@code --author "Name <email>"}. */
public record Author(String name, String email) {
    private static final Pattern FORMAT = Pattern.compile("\\s*([^<>]+?)\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*");
    /** Used when neither --author nor git config names anyone. */
    public static final Author FALLBACK = new Author("scaffold", "scaffold@localhost");

    /** Longer identities are refused before the pattern runs: its lazy name part backtracks over long runs of spaces. */
    static final int MAX_LENGTH = 320;

    public static Author parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InputException("--author: must read \"Name <email@host>\" in at most " + MAX_LENGTH + " characters");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new InputException("--author: must read \"Name <email@host>\" (got '" + text + "')");
        }
        return new Author(m.group(1), m.group(2));
    }
}
