package dev.scaffold.write;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.error.Reasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves a finished stage into an existing folder ({@code --force}) all-or-nothing: every path is checked
 * first (no symbolic link on the way, no file where a folder is needed or the reverse), then each file
 * the target already has is moved aside into a backup folder before the new one moves in; on any
 * failure every step is undone in reverse order, so the folder is as it was.
 */
final class Merge {
    /** One file move; a test replaces it to fail halfway (running as root, permissions cannot make a move fail). */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Deque<java.util.function.BooleanSupplier> undo = new ArrayDeque<>();
    private final Mover mover;

    private Merge(Mover mover) {
        this.mover = mover;
    }

    /** Refuses, before anything is written, a path of {@code files} that the target cannot take. */
    static void check(Path dir, List<String> files) {
        for (String file : files) {
            Path current = dir;
            String[] segments = file.split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                current = current.resolve(segments[i]);
                boolean last = i == segments.length - 1;
                if (Files.isSymbolicLink(current)) {
                    throw new InputException("DIR: " + current + " is a symbolic link; scaffold writes through no link"
                            + " (remove it or choose another folder)");
                }
                if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    break;
                }
                if (!last && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InputException("DIR: " + current + " is a file where the project needs a folder (for " + file + ")");
                }
                if (last && !Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InputException("DIR: " + current + " is a folder (or not a regular file) where the project"
                            + " needs the file " + file);
                }
            }
        }
    }

    /** Moves every file under {@code stage} into {@code dir}; {@code backup} is an empty folder on the same file system. */
    static void into(Path stage, Path dir, Path backup) throws IOException {
        into(stage, dir, backup, (from, to) -> Files.move(from, to));
    }

    static void into(Path stage, Path dir, Path backup, Mover mover) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(stage)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> stage.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .sorted().toList();
        }
        check(dir, files);
        Merge merge = new Merge(mover);
        try {
            for (String file : files) {
                merge.moveIn(stage.resolve(file), dir, file, backup);
            }
        } catch (IOException | RuntimeException e) {
            if (!merge.rollBack()) {
                throw new GenerationException("cannot write into " + dir + ": " + Reasons.of(e) + "; and the folder could not be"
                        + " fully restored: its replaced files are in " + backup, e);
            }
            Folders.deleteQuietly(backup);
            throw e instanceof IOException io
                    ? new GenerationException("cannot write into " + dir + ": " + Reasons.of(io) + "; the folder is unchanged", io)
                    : (RuntimeException) e;
        }
        Folders.deleteQuietly(backup);
    }

    private void moveIn(Path source, Path dir, String file, Path backup) throws IOException {
        Path target = dir.resolve(file);
        createFolders(target.getParent(), dir);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path aside = backup.resolve(file);
            Files.createDirectories(aside.getParent());
            mover.move(target, aside);
            undo.push(() -> moveQuietly(aside, target));
        }
        mover.move(source, target);
        undo.push(() -> deleteQuietly(target));
    }

    private void createFolders(Path folder, Path dir) throws IOException {
        if (folder.equals(dir) || Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        createFolders(folder.getParent(), dir);
        Files.createDirectory(folder);
        undo.push(() -> deleteQuietly(folder));
    }

    /** Undoes every step, newest first; false if any step failed (then the backup folder is kept). */
    private boolean rollBack() {
        boolean all = true;
        while (!undo.isEmpty()) {
            all &= undo.pop().getAsBoolean();
        }
        return all;
    }

    private static boolean moveQuietly(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
