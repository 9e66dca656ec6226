package dev.scaffold.answers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container image reference grammar (registry host and port, lower-case path, tag, digest), plus
 * the org rule that a base image names an explicit tag other than {@code latest}.
 */
final class ImageReference {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(" + DOMAIN + ")/)?(" + COMPONENT + "(?:/" + COMPONENT + ")*)(?::([\\w][\\w.-]{0,127}))?(?:@([a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}))?");

    /**
     * The longest reference accepted (a repository name may have 255 characters, a tag 128, a digest 71+):
     * checked before the grammar, whose nested repetitions recurse per path component in Java's regex
     * engine, so that no input can overflow the stack.
     */
    static final int MAX_LENGTH = 512;

    private ImageReference() {
    }

    static void check(String text) throws InvalidAnswer {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidAnswer("must be an image reference of at most " + MAX_LENGTH + " characters (got " + text.length() + ")");
        }
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches() || (m.group(1) != null && !m.group(1).contains(".") && !m.group(1).contains(":")
                && !m.group(1).equals("localhost") && !m.group(2).contains("/") && text.indexOf('/') < 0)) {
            throw new InvalidAnswer("must be an image reference such as python:3.12-slim-bookworm or"
                    + " registry.example.com/team/base:1.2 (lower-case path, optional registry, tag and digest) (got '" + text + "')");
        }
        String tag = m.group(3);
        if (tag == null && m.group(4) == null) {
            throw new InvalidAnswer("must name a tag: without one it means 'latest', which moves under you and breaks"
                    + " reproducible builds (got '" + text + "')");
        }
        if ("latest".equals(tag)) {
            throw new InvalidAnswer("must not use the 'latest' tag: it moves under you and breaks reproducible builds;"
                    + " pin a version such as 3.12-slim-bookworm (got '" + text + "')");
        }
    }
}
