package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.cli.ScaffoldCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * e2e/lint.sh's hadolint, zizmor and suppression checks can fail: a generated repo, changed the way a
 * hand edit or a template regression would, must fail them with the finding named.
 */
class LintDetectsFindingsIT {
    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void generate() {
        EndToEnd.requireTools(EndToEnd.LINT_TOOLS.toArray(String[]::new));
        repo = tmp.resolve("svc");
        int exit = ScaffoldCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                .execute("new", repo.toString(), "--defaults", "--no-git", "-a", "go-http");
        assertThat(exit).isZero();
    }

    @Test
    void aNamedRuntimeUserFailsHadolint() throws IOException {
        replace("Dockerfile", "(?m)^USER .*$", "USER app");
        assertThat(lint()).contains("DL3066", "lint_hadolint=fail");
    }

    @Test
    void anActionReferencedByTagFailsZizmor() throws IOException {
        replace(".github/workflows/ci.yml", "(?m)^(\\s+)steps:\\n", "$1steps:\n$1  - uses: actions/cache@v4\n");
        assertThat(lint()).contains("unpinned-uses", "actions/cache@v4", "lint_zizmor=fail");
    }

    @Test
    void aHadolintIgnoreWithoutAReasonFailsTheSuppressionCheck() throws IOException {
        replace("Dockerfile", "(?m)^(RUN .*)$", "# hadolint ignore=DL3008\n$1");
        assertThat(lint()).contains("hadolint ignore without a reason", "lint_suppressions=fail");
    }

    @Test
    void aZizmorIgnoreWithoutAReasonFailsTheSuppressionCheck() throws IOException {
        replace(".github/workflows/ci.yml", "(?m)^(\\s+- uses: .*)$", "$1 # zizmor: ignore[unpinned-uses]");
        assertThat(lint()).contains("without a reason after it", "lint_suppressions=fail");
    }

    private void replace(String file, String regex, String replacement) throws IOException {
        Path path = repo.resolve(file);
        String before = Files.readString(path);
        String after = before.replaceFirst(regex, replacement);
        assertThat(after).as("the edit applies to %s", file).isNotEqualTo(before);
        Files.writeString(path, after);
    }

    private String lint() {
        EndToEnd.Result result = EndToEnd.run(EndToEnd.REPO, "lint-detects-" + repo.getFileName(), 5, Map.of(),
                "bash", "e2e/lint.sh", repo.toString());
        assertThat(result.exitCode()).as("lint.sh exit code").isEqualTo(1);
        return result.output();
    }
}
