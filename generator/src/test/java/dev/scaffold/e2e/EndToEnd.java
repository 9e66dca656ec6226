package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Shared plumbing of the end-to-end tests: finding tools (a missing tool skips the test with the
 * reason locally, and fails it in CI), running commands with a log, and picking free ports.
 */
final class EndToEnd {
    static final Path REPO = Path.of(System.getProperty("scaffold.repoRoot", ".")).toAbsolutePath().normalize();
    static final Path BUILD = Path.of(System.getProperty("scaffold.buildDir", REPO.resolve("target").toString()));
    static final Path REPORTS = BUILD.resolve("e2e-reports");
    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    /**
     * What e2e/lint.sh runs besides .ci/node_modules: node for the npm linters, the native actionlint and its
     * shellcheck, hadolint and zizmor (e2e/pylinters-setup.sh), python3 for e2e/suppressions.py.
     */
    static final List<String> LINT_TOOLS = List.of("bash", "node", "actionlint", "shellcheck", "hadolint", "zizmor", "python3");

    private EndToEnd() {
    }

    /** The result of a command: exit code and combined output. */
    record Result(int exitCode, String output) {
    }

    /** Skips (locally) or fails (in CI) unless every command is on PATH. */
    static void requireTools(String... tools) {
        List<String> missing = new ArrayList<>();
        for (String tool : tools) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String reason = "end-to-end test SKIPPED: " + String.join(", ", missing)
                + " not installed (bash .ci/run installs them)";
        if (CI) {
            fail("CI=true, so a skipped end-to-end test is a failure: " + reason);
        }
        System.err.println(reason);
        Assumptions.abort(reason);
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of(tool));
    }

    /** Runs a command in {@code dir}; its output goes to target/e2e-reports/{@code log}.log too. */
    static Result run(Path dir, String log, long timeoutMinutes, Map<String, String> env, String... command) {
        try {
            Files.createDirectories(REPORTS);
            Path logFile = REPORTS.resolve(log + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutMinutes + " min; log: " + logFile);
            }
            return new Result(process.exitValue(), Files.readString(logFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command and fails the test, showing the end of its output, unless it exits 0. */
    static String succeed(Path dir, String log, long timeoutMinutes, Map<String, String> env, String... command) {
        Result result = run(dir, log, timeoutMinutes, env, command);
        if (result.exitCode() != 0) {
            String out = result.output();
            fail(String.join(" ", command) + " exited " + result.exitCode() + ":\n"
                    + out.substring(Math.max(0, out.length() - 4000)));
        }
        return result.output();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
