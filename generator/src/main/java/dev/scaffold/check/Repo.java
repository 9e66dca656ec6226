package dev.scaffold.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Read access to the repository being checked, with its Dockerfile parsed once: a folder on disk
 * ({@code scaffold check}) or a rendered tree in memory ({@code new}, before anything is written), so
 * that both run the same rules.
 */
public final class Repo {
    static final String DOCKERFILE = "Dockerfile";
    private static final String SKIPPED = "(.*/)?(\\.git|node_modules|\\.venv|venv|target|dist|build|__pycache__)/.*";
    private final Source source;
    private final Map<String, Optional<String>> texts = new HashMap<>();
    private Dockerfile dockerfile;

    /** Where the files come from. */
    private interface Source {
        Optional<String> read(String path);

        boolean exists(String path);

        /** Every file, as a '/'-separated relative path. */
        Stream<String> paths();
    }

    public Repo(Path root) {
        this.source = new Folder(root);
    }

    private Repo(Source source) {
        this.source = source;
    }

    /** A repository held in memory: '/'-separated relative path to UTF-8 content. */
    public static Repo inMemory(Map<String, byte[]> files) {
        return new Repo(new Memory(Map.copyOf(files)));
    }

    public Optional<String> text(String path) {
        return texts.computeIfAbsent(path, source::read);
    }

    public boolean exists(String path) {
        return source.exists(path);
    }

    /** The parsed Dockerfile, or empty when the repository has none. */
    public Optional<Dockerfile> dockerfile() {
        if (dockerfile == null) {
            dockerfile = text(DOCKERFILE).map(Dockerfile::parse).orElse(null);
        }
        return Optional.ofNullable(dockerfile);
    }

    /** Files whose path (relative, '/'-separated) matches {@code regex}, skipping .git and dependency folders. */
    public List<String> files(String regex) {
        try (Stream<String> paths = source.paths()) {
            return paths.filter(p -> !p.matches(SKIPPED)).filter(p -> p.matches(regex)).sorted().toList();
        }
    }

    private record Folder(Path root) implements Source {
        @Override
        public Optional<String> read(String path) {
            Path file = root.resolve(path);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean exists(String path) {
            return Files.exists(root.resolve(path));
        }

        @Override
        public Stream<String> paths() {
            try {
                return Files.walk(root).filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Memory(Map<String, byte[]> files) implements Source {
        @Override
        public Optional<String> read(String path) {
            byte[] content = files.get(path);
            return content == null ? Optional.empty() : Optional.of(new String(content, StandardCharsets.UTF_8));
        }

        @Override
        public boolean exists(String path) {
            String folder = path.endsWith("/") ? path : path + "/";
            return files.containsKey(path) || files.keySet().stream().anyMatch(p -> p.startsWith(folder));
        }

        @Override
        public Stream<String> paths() {
            return files.keySet().stream();
        }
    }
}
