package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.VerifyRecipe;
import dev.scaffold.cli.ScaffoldCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated repository that the team changed, updated with a new port, still passes the archetype's own
 * verify steps with the real toolchain (go-http: go vet, go test, go build; the cheapest archetype, no
 * downloads) and scaffold check.
 */
class UpdateVerifyIT {
    @TempDir
    Path tmp;

    private static int scaffold(String... args) {
        var cli = ScaffoldCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute(args);
        System.out.print(out);
        return exit;
    }

    @Test
    void aGoServiceUpdatedWithANewPortPassesItsOwnVerifySteps() throws Exception {
        VerifyRecipe verify = BuiltinCatalog.load().archetype("go-http").verify();
        EndToEnd.requireTools(verify.tools().toArray(String[]::new));
        Path repo = tmp.resolve("orders");
        assertThat(scaffold("new", repo.toString(), "--defaults", "-a", "go-http", "--author", "Dev <dev@example.com>")).isZero();
        // The team's own test, which the update must keep.
        Files.writeString(repo.resolve("extra_test.go"), "package main\n\nimport \"testing\"\n\nfunc TestTeam(t *testing.T) {}\n");
        try (Git git = Git.open(repo.toFile())) {
            PersonIdent ident = new PersonIdent("Dev", "dev@example.com");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("team test").setAuthor(ident).setCommitter(ident).setSign(false).call();
        }

        assertThat(scaffold("update", repo.toString(), "--port", "9091", "--author", "Dev <dev@example.com>")).isZero();

        assertThat(Files.readString(repo.resolve("main.go"))).contains("9091");
        assertThat(repo.resolve("extra_test.go")).exists();
        Map<String, String> env = Map.of("GOTOOLCHAIN", "local", "GOFLAGS", "-mod=mod");
        int step = 0;
        for (List<String> command : verify.steps()) {
            EndToEnd.succeed(repo, "update-verify-go-http-step" + (++step), 10, env, command.toArray(String[]::new));
        }
        assertThat(scaffold("check", repo.toString())).isZero();
        assertThat(scaffold("status", repo.toString())).isZero();
    }
}
