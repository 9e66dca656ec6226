package dev.scaffold.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Creates the folder of {@code -XX:ArchiveClassesAtExit=FILE} when it is missing. JBang's alias option
 * {@code "cds": true} asks the JVM to record a class-data-sharing archive on the first run, into a folder
 * of its cache that it never creates for an alias of Maven coordinates; the JVM then fails at exit
 * ("Unable to use shared archive", exit 1) on every run. With the folder in place the first run records
 * the archive and later runs start from it (JBang passes {@code -XX:SharedArchiveFile} then).
 */
final class ArchiveFolder {
    private static final String OPTION = "-XX:ArchiveClassesAtExit=";

    private ArchiveFolder() {
    }

    /** Only JBang's launchers set JBANG_RUNTIME_SHELL; a plain {@code java -jar} run pays nothing. */
    static void prepare() {
        if (System.getenv("JBANG_RUNTIME_SHELL") == null) {
            return;
        }
        for (String argument : jvmArguments()) {
            if (argument.startsWith(OPTION)) {
                create(Path.of(argument.substring(OPTION.length())).toAbsolutePath().getParent());
            }
        }
    }

    /** The process's own arguments (Linux, macOS), else the management bean (Windows, ~20 ms more). */
    private static List<String> jvmArguments() {
        return ProcessHandle.current().info().arguments().map(Arrays::asList)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            // Best effort: without the folder the JVM reports the archive it could not write, as before.
        }
    }
}
