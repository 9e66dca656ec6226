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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Randomly drawn valid answers (names, ports, users, UIDs, health paths) for random archetypes yield
 * a workflow, Compose files and a Dockerfile that the real linters accept. Few tries: each runs three
 * Node.js linters.
 */
class AcceptedAnswersLintIT {

    @Provide
    Arbitrary<String[]> answers() {
        Arbitrary<String> archetype = Arbitraries.of(BuiltinCatalog.load().archetypes().stream().map(Archetype::id).toList());
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12)
                .flatMap(head -> Arbitraries.of("", "-api", "-svc2").map(tail -> "x" + head + tail));
        Arbitrary<String> port = Arbitraries.integers().between(1024, 65535).map(String::valueOf);
        Arbitrary<String> user = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(u -> "u" + u);
        Arbitrary<String> uid = Arbitraries.integers().between(1001, 65000).map(String::valueOf);
        Arbitrary<String> health = Arbitraries.of("/health", "/healthz", "/-/ready", "/api/v1/health", "/status.json");
        return Combinators.combine(archetype, name, port, user, uid, health)
                .as((a, n, p, u, i, h) -> new String[] {a, n, p, u, i, h});
    }

    @Property(tries = 8, seed = "20261122")
    void generatedFilesPassTheLinters(@ForAll("answers") String[] a) throws IOException {
        EndToEnd.requireTools(EndToEnd.LINT_TOOLS.toArray(String[]::new));
        Path repo = Files.createTempDirectory("scaffold-lint").resolve(a[1]);
        int exit = ScaffoldCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                .execute("new", repo.toString(), "--defaults", "--no-git", "-a", a[0], "--name", a[1], "--port", a[2],
                        "--user", a[3], "--uid", a[4], "--health-path", a[5]);
        assertThat(exit).as(String.join(" ", a)).isZero();

        EndToEnd.succeed(EndToEnd.REPO, "lint-property-" + a[1], 5, Map.of(), "bash", "e2e/lint.sh", repo.toString());
    }
}
