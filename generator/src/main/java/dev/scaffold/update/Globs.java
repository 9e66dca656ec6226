package dev.scaffold.update;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Path globs as in .gitignore-like lists: {@code *} and {@code ?} stay within one folder, {@code **}
 * crosses folders ({@code src/**} is everything under src, {@code **}{@code /test_*.py} any depth).
 */
final class Globs {
    private final List<Pattern> patterns;

    Globs(List<String> globs) {
        this.patterns = globs.stream().map(Globs::compile).toList();
    }

    boolean matches(String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // A folder name covers everything under it, as "src/" or "src" would in a skip list.
        return Pattern.compile(regex + (glob.endsWith("/") ? ".*" : "(/.*)?"));
    }
}
