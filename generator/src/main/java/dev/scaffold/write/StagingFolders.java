package dev.scaffold.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The hidden staging folders beside a target, and the per-run folders remote catalogs are fetched into:
 * {@code .<target>.scaffold-<pid>-<random>}. A run that is
 * killed outright (SIGKILL, power loss) cannot remove its own; the next run for the same target removes
 * those whose process is gone, and any older than a day (a pid can be reused).
 */
public final class StagingFolders {
    private static final Duration MAX_AGE = Duration.ofDays(1);

    private StagingFolders() {
    }

    /** A new folder {@code .<target>.scaffold-<pid>-<random>} in {@code parent}. */
    public static Path create(Path parent, String target) throws IOException {
        return createUnique(parent, prefix(target) + ProcessHandle.current().pid() + "-");
    }

    /**
     * Where files replaced by {@code --force} wait until the merge is complete: never removed as stale,
     * since after a killed merge they may be the user's only copy.
     */
    static Path createBackup(Path parent, String target) throws IOException {
        return createUnique(parent, "." + target + ".scaffold-backup-" + ProcessHandle.current().pid() + "-");
    }

    /**
     * A new folder {@code <prefix><random>}, readable by its owner only, as {@code Files.createTempDirectory}
     * makes, but named from a {@link ThreadLocalRandom}: createTempDirectory seeds a {@code SecureRandom},
     * a start-up cost of every run. The name needs no secrecy: creating a folder is atomic and fails on
     * any existing entry, links included, and then another name is tried.
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path folder = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return posix ? Files.createDirectory(folder, OWNER_ONLY) : Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    static String prefix(String target) {
        return "." + target + ".scaffold-";
    }

    /** Removes staging folders of {@code target} left by runs that no longer exist; best effort. */
    public static void removeStale(Path parent, String target) {
        String prefix = prefix(target);
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(parent)) {
            candidates = entries.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && !p.getFileName().toString().startsWith(prefix + "backup-")).toList();
        } catch (IOException e) {
            return;
        }
        for (Path folder : candidates) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && stale(folder, prefix)) {
                Folders.deleteQuietly(folder);
            }
        }
    }

    private static boolean stale(Path folder, String prefix) {
        Optional<Long> pid = pid(folder.getFileName().toString().substring(prefix.length()));
        if (pid.isPresent() && pid.get() == ProcessHandle.current().pid()) {
            return false; // this run's own, or a parallel run in the same JVM (tests, a server)
        }
        if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            return olderThan(folder, MAX_AGE);
        }
        return pid.isPresent() || olderThan(folder, MAX_AGE);
    }

    private static Optional<Long> pid(String rest) {
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean olderThan(Path folder, Duration age) {
        try {
            FileTime modified = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}
