package dev.scaffold.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-file rules of an archetype, keyed by source path under {@code files/} (a key ending in '/'
 * covers a whole folder): which files are executable, and which are rendered only {@code when} a
 * condition on the answers holds.
 */
public record FileRules(List<String> executable, Map<String, String> when) {
    public static final FileRules NONE = new FileRules(List.of(), Map.of());

    public FileRules {
        executable = List.copyOf(executable);
        when = Map.copyOf(when);
    }

    public boolean isExecutable(String sourcePath) {
        return executable.stream().anyMatch(rule -> covers(rule, sourcePath));
    }

    /** The conditions that apply to a source path (a file may sit in a conditional folder). */
    public List<String> conditionsFor(String sourcePath) {
        return when.entrySet().stream()
                .filter(e -> covers(e.getKey(), sourcePath))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
    }

    private static boolean covers(String rule, String sourcePath) {
        return rule.endsWith("/") ? sourcePath.startsWith(rule) : sourcePath.equals(rule);
    }

    /** The rule key that names no file, if any; used to report typos in a manifest. */
    public Optional<String> unmatched(List<String> sourcePaths) {
        return java.util.stream.Stream.concat(executable.stream(), when.keySet().stream())
                .filter(rule -> sourcePaths.stream().noneMatch(p -> covers(rule, p)))
                .sorted()
                .findFirst();
    }
}
