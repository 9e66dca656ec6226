package dev.scaffold.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jgit.util.SystemReader;

/**
 * Where git keeps its system-wide config, remembered between runs. On its first use in a JVM, JGit asks
 * git: {@code git --version}, then {@code git config --system --show-origin --list -z}, two processes
 * and 12–15 ms of a {@code scaffold new}. The answer depends only on the git executable (and
 * {@code GIT_CONFIG_SYSTEM}), so scaffold lets JGit ask once per executable and keeps the answer in its
 * cache folder, keyed by the executable's path, size and modification time: an upgraded git is asked
 * again. A remembered "none" (git has no system file yet) holds only while git's default system file,
 * {@code etc/gitconfig} of its installation prefix ({@code /etc/gitconfig} for {@code /usr}), is absent.
 * Off Linux-like systems, without git on PATH or with {@code GIT_CONFIG_NOSYSTEM}, JGit is left alone.
 */
final class GitSystemConfig {
    static final String FILE = "git-system-config.properties";
    private static final String NONE = "";

    private final Function<String, String> environment;
    private final Path cacheHome;

    GitSystemConfig(Function<String, String> environment, Path cacheHome) {
        this.environment = environment;
        this.cacheHome = cacheHome;
    }

    /** Tells JGit the remembered answer through {@code tell}, or gets it from {@code ask} and remembers it. */
    void apply(Supplier<File> ask, Consumer<File> tell) {
        SystemReader system = SystemReader.getInstance();
        if (system.isWindows() || system.isMacOS() || environment.apply("GIT_CONFIG_NOSYSTEM") != null) {
            return;
        }
        Optional<File> git = onPath(environment.apply("PATH"));
        if (git.isEmpty()) {
            return;
        }
        String key = git.get().getPath() + "|" + git.get().length() + "|" + git.get().lastModified() + "|"
                + String.valueOf(environment.apply("GIT_CONFIG_SYSTEM"));
        Path file = cacheHome.resolve(FILE);
        String known = load(file).getProperty(key);
        if (known != null && (!known.equals(NONE) || !defaultSystemFile(git.get()).exists())) {
            tell.accept(known.equals(NONE) ? null : new File(known));
            return;
        }
        File found = ask.get();
        Properties answer = new Properties(); // only the current executable's answer is kept
        answer.setProperty(key, found == null ? NONE : found.getPath());
        store(file, answer);
    }

    /** The first executable {@code git} on PATH, as JGit's own search finds it. */
    private static Optional<File> onPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            File git = new File(folder.isEmpty() ? "." : folder, "git");
            if (git.isFile() && git.canExecute()) {
                return Optional.of(git.getAbsoluteFile());
            }
        }
        return Optional.empty();
    }

    /** Git's built-in default: {@code $(prefix)/etc/gitconfig}, except {@code /etc/gitconfig} for prefix /usr. */
    static File defaultSystemFile(File git) {
        File bin = git.getParentFile();
        File prefix = bin == null ? null : bin.getParentFile();
        if (prefix == null || prefix.getPath().equals("/usr")) {
            return new File("/etc/gitconfig");
        }
        return new File(prefix, "etc/gitconfig");
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // Nothing remembered yet (or unreadable): JGit asks git, as it always did.
        }
        return properties;
    }

    /** Best effort, written whole and renamed into place so that a parallel run never reads half a file. */
    private static void store(Path file, Properties properties) {
        Path temporary = file.resolveSibling(file.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "git's system config, per git executable (see dev.scaffold.git.GitSystemConfig)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do: the next run asks git again.
            }
        }
    }
}
