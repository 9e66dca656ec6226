package dev.scaffold.check;

import dev.scaffold.error.InputException;
import dev.scaffold.error.Reasons;
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

    /** The largest file check reads: a Dockerfile, Compose file or workflow is far smaller. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * A file's text, or empty when the repository has no such regular file. The repository is untrusted
     * (CI checks pull requests): a link that leads out of it is refused rather than read (a parse error
     * could print what it points at), as are files that are not UTF-8 text or larger than {@link #MAX_BYTES}.
     */
    public Optional<String> text(String path) {
        return texts.computeIfAbsent(path, p -> {
            Path file = root.resolve(p);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path inside = inside(root, p);
            try {
                if (Files.size(inside) > MAX_BYTES) {
                    throw new InputException(p + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; check reads text files only");
                }
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(inside))).toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new InputException(p + ": not UTF-8 text (a binary file where check expects text?)");
            } catch (IOException e) {
                throw new InputException(p + ": cannot be read: " + Reasons.of(e));
            }
        });
    }

    /**
     * {@code relative} under {@code root}, refused (exit 2) when it, or a folder on the way, is a symbolic
     * link that leads out of the repository.
     */
    public static Path inside(Path root, String relative) {
        Path file = root.resolve(relative);
        try {
            Path realRoot = root.toRealPath();
            if (Files.exists(file) && !file.toRealPath().startsWith(realRoot)) {
                throw new InputException(relative + ": is a symbolic link (or under one) that leads out of the repository;"
                        + " check reads no file outside it");
            }
            return file;
        } catch (IOException e) {
            throw new InputException(relative + ": cannot be read: " + Reasons.of(e));
        }
    }

    public boolean exists(String path) {
        // A name alone reveals nothing of a file's content, so a link's target is not checked here.
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
        } catch (IOException | UncheckedIOException e) {
            Exception cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new InputException(root + ": cannot be listed: " + Reasons.of(cause));
        }
    }
}
