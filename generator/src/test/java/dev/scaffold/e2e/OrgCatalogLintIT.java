package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.cli.ScaffoldCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in archetype under an org catalog that sets a self-hosted runner label, required labels
 * and the org's scaffold ref: the generated workflow (with its .github/actionlint.yaml naming the
 * label) and the other files still pass the real linters, native actionlint with shellcheck included.
 */
class OrgCatalogLintIT {
    private static final Path ACME = EndToEnd.REPO.resolve("generator/src/test/resources/catalogs/acme-policy");

    static Stream<String> archetypes() {
        return BuiltinCatalog.load().archetypes().stream().map(Archetype::id);
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void generatedFilesPassTheLinters(String archetype) throws IOException {
        EndToEnd.requireTools(EndToEnd.LINT_TOOLS.toArray(String[]::new));
        Path repo = Files.createTempDirectory("scaffold-org-lint").resolve("svc");
        int exit = ScaffoldCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                .execute("new", repo.toString(), "--defaults", "--no-git", "-a", archetype, "--catalog", ACME.toString());
        assertThat(exit).isZero();
        assertThat(repo.resolve(".github/actionlint.yaml")).content().contains("acme-linux-x64");

        EndToEnd.succeed(EndToEnd.REPO, "lint-org-" + archetype, 5, Map.of(), "bash", "e2e/lint.sh", repo.toString());
    }
}
