package dev.scaffold.project;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A generated repository in memory: relative path (with '/') to file, sorted so output is deterministic. */
public final class ProjectTree {
    private final SortedMap<String, GeneratedFile> files = new TreeMap<>();

    public void add(String path, GeneratedFile file) {
        if (files.putIfAbsent(path, file) != null) {
            throw new dev.scaffold.error.GenerationException("two files render to the same path: " + path);
        }
    }

    public SortedMap<String, GeneratedFile> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path)).map(f -> new String(f.content(), StandardCharsets.UTF_8));
    }

    public int size() {
        return files.size();
    }

    public long bytes() {
        return files.values().stream().mapToLong(f -> f.content().length).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectTree that && files.equals(that.files);
    }

    @Override
    public int hashCode() {
        return files.hashCode();
    }

    /** Paths and sizes, one per line, for {@code --dry-run}. */
    public String listing() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, GeneratedFile> e : files.entrySet()) {
            out.append(String.format("%8d  %s%s%n", e.getValue().content().length, e.getKey(),
                    e.getValue().executable() ? " (executable)" : ""));
        }
        return out.toString();
    }
}
