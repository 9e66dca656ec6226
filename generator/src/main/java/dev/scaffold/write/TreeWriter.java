package dev.scaffold.write;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a tree all-or-nothing: it is staged in a hidden sibling folder of the target, finished there
 * (for example committed), then moved into place with one rename. On any failure, or if the JVM is
 * stopped, the staging folder is removed and the target is untouched.
 */
public final class TreeWriter {

    /**
     * Writes {@code tree} to {@code target}; {@code finish} runs on the staged folder before it is moved.
     * With {@code force}, an existing non-empty target receives the files over its own.
     */
    public void write(ProjectTree tree, Path target, boolean force, Consumer<Path> finish) {
        Path dir = target.toAbsolutePath().normalize();
        boolean merge = checkTarget(dir, force);
        Path parent = dir.getParent();
        Path createdParent = firstMissing(parent);
        Path stage = null;
        Thread cleanup = null;
        try {
            Files.createDirectories(parent);
            stage = Files.createTempDirectory(parent, "." + dir.getFileName() + ".scaffold-");
            Path staged = stage;
            cleanup = new Thread(() -> Folders.deleteQuietly(staged));
            Runtime.getRuntime().addShutdownHook(cleanup);
            writeFiles(tree, stage);
            if (merge) {
                mergeInto(stage, dir);
                finish.accept(dir);
            } else {
                finish.accept(stage);
                moveIntoPlace(stage, dir);
            }
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(stage);
            Folders.deleteQuietly(createdParent);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new GenerationException("cannot write " + dir + ": " + e.getMessage(), e);
        } finally {
            Folders.deleteQuietly(stage);
            if (cleanup != null) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
    }

    /** Refuses a file or a non-empty folder without --force; returns whether files must be merged in. */
    private static boolean checkTarget(Path dir, boolean force) {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException("DIR: " + dir + " exists and is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !force) {
                throw new InputException("DIR: " + dir + " exists and is not empty; pass --force to write into it");
            }
            return !empty;
        } catch (IOException e) {
            throw new InputException("DIR: " + dir + " cannot be read: " + e.getMessage());
        }
    }

    private static void writeFiles(ProjectTree tree, Path root) throws IOException {
        for (Map.Entry<String, GeneratedFile> entry : tree.files().entrySet()) {
            Path file = root.resolve(entry.getKey()).normalize();
            if (!file.startsWith(root)) {
                throw new GenerationException("refusing to write outside the target: " + entry.getKey());
            }
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue().content());
            if (entry.getValue().executable() && !file.toFile().setExecutable(true, false)) {
                throw new GenerationException("cannot make " + entry.getKey() + " executable");
            }
        }
    }

    private static void moveIntoPlace(Path stage, Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir); // an empty target folder is replaced
        } catch (DirectoryNotEmptyException raced) {
            throw new InputException("DIR: " + dir + " is no longer empty");
        }
        try {
            Files.move(stage, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(stage, dir);
        }
    }

    private static void mergeInto(Path stage, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(stage)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(stage.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }
}
