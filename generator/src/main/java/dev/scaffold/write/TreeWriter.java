package dev.scaffold.write;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.error.Reasons;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a tree all-or-nothing: it is staged in a hidden sibling folder of the target, finished there
 * (for example committed to a new repository), then moved into place with one rename. On any failure,
 * or if the JVM is stopped, the staging folder is removed and the target is untouched; staging folders
 * of runs that were killed outright are removed by the next run ({@link StagingFolders}).
 *
 * <p>With {@code force}, an existing folder receives the staged files over its own, all-or-nothing too
 * ({@link Merge}): nothing is written through a symbolic link, a file where a folder is needed (or the
 * reverse) is refused before anything moves, and a folder that already is a git repository is refused
 * when the finished stage holds a repository of its own (scaffold commits only into a repository it
 * creates, so no existing branch, hook or untracked file is involved).
 */
public final class TreeWriter {

    /**
     * Writes {@code tree} to {@code target}; {@code finish} runs on the staged folder before it is moved.
     * With {@code force}, an existing non-empty target receives the files over its own.
     */
    public void write(ProjectTree tree, Path target, boolean force, Consumer<Path> finish) {
        Path dir = target.toAbsolutePath().normalize();
        boolean merge = checkTarget(dir, force);
        if (merge) {
            Merge.check(dir, List.copyOf(tree.files().keySet()));
        }
        Path parent = dir.getParent();
        Path createdParent = firstMissing(parent);
        Path stage = null;
        Thread cleanup = null;
        try {
            Files.createDirectories(parent);
            StagingFolders.removeStale(parent, dir.getFileName().toString());
            stage = StagingFolders.create(parent, dir.getFileName().toString());
            Path staged = stage;
            cleanup = new Thread(() -> Folders.deleteQuietly(staged));
            Runtime.getRuntime().addShutdownHook(cleanup);
            writeFiles(tree, stage);
            finish.accept(stage);
            if (merge) {
                refuseSecondRepository(stage, dir);
                Merge.into(stage, dir, StagingFolders.createBackup(parent, dir.getFileName().toString()));
            } else {
                moveIntoPlace(stage, dir);
            }
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(stage);
            Folders.deleteQuietly(createdParent);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new GenerationException("cannot write " + dir + ": " + Reasons.of(e), e);
        } finally {
            Folders.deleteQuietly(stage);
            if (cleanup != null) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
    }

    /**
     * What {@link #write} would refuse, checked without writing anything: for {@code --dry-run}, which
     * must not call a target fine that a real run refuses.
     */
    public void check(ProjectTree tree, Path target, boolean force) {
        Path dir = target.toAbsolutePath().normalize();
        if (checkTarget(dir, force)) {
            Merge.check(dir, List.copyOf(tree.files().keySet()));
        }
    }

    /** Refuses a file or a non-empty folder without --force; returns whether files must be merged in. */
    private static boolean checkTarget(Path dir, boolean force) {
        if (Files.isSymbolicLink(dir)) {
            throw new InputException("DIR: " + dir + " is a symbolic link; scaffold writes through no link");
        }
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
            throw new InputException("DIR: " + dir + " cannot be read: " + Reasons.of(e));
        }
    }

    private static void refuseSecondRepository(Path stage, Path dir) {
        if (Files.exists(stage.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
                && Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException("DIR: " + dir + " already holds a git repository (.git); scaffold commits only into"
                    + " a repository it creates: pass --no-git to write the files and commit them yourself");
        }
    }

    private static void writeFiles(ProjectTree tree, Path root) throws IOException {
        for (Map.Entry<String, GeneratedFile> entry : tree.files().entrySet()) {
            Path file = root.resolve(entry.getKey()).normalize();
            if (!file.startsWith(root) || file.equals(root)) {
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

    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }
}
