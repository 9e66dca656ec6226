package dev.scaffold.fleet;

import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file whole or not at all: into a sibling temporary file, then moved over the target. */
public final class ReportFile {
    private ReportFile() {
    }

    /** Refuses, before any work, a target that cannot be written: a missing folder or a folder in its place. */
    public static void checkTarget(Path target, String option) {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(option + ": " + target + ": its folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new InputException(option + ": " + target + " is a folder; name a file");
        }
    }

    public static void write(Path target, String content, String option) {
        checkTarget(target, option);
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new dev.scaffold.error.GenerationException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: the move normally took it away already.
                }
            }
        }
    }
}
