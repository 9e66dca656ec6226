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

/** Read access to the repository being checked, with its Dockerfile parsed once. */
public final class Repo {
    static final String DOCKERFILE = "Dockerfile";
    private final Path root;
    private final Map<String, Optional<String>> texts = new HashMap<>();
    private Dockerfile dockerfile;

    public Repo(Path root) {
        this.root = root;
    }

    public Optional<String> text(String path) {
        return texts.computeIfAbsent(path, p -> {
            Path file = root.resolve(p);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public boolean exists(String path) {
        return Files.exists(root.resolve(path));
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
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.matches("(.*/)?(\\.git|node_modules|\\.venv|venv|target|dist|build|__pycache__)/.*"))
                    .filter(p -> p.matches(regex))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
