package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** scaffold update on the built-in archetypes: a changed port, and a repository from an older scaffold. */
class BuiltinUpdateTest {
    @TempDir
    Path tmp;

    static List<String> archetypes() throws IOException {
        JsonNode catalog = new ObjectMapper().readTree(Path.of("catalog.json").toFile());
        List<String> ids = new ArrayList<>();
        catalog.path("archetypes").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void aChangedPortIsMergedConsistentlyAndTheResultPassesCheck(String archetype) throws IOException {
        Path repo = tmp.resolve("svc");
        CliRun created = CliRun.run("new", repo.toString(), "--defaults", "-a", archetype, "--author", "Dev <dev@example.com>");
        assertThat(created.exitCode()).as(created.err()).isZero();

        CliRun updated = CliRun.run("update", repo.toString(), "--port", "9091", "--author", "Dev <dev@example.com>");

        assertThat(updated.exitCode()).as(updated.out() + updated.err()).isZero();
        assertThat(updated.out()).contains("modified  Dockerfile", "scaffold update: " + archetype);
        assertThat(Files.readString(repo.resolve("Dockerfile"))).contains("9091");
        assertThat(Files.readString(repo.resolve(".scaffold/answers.json"))).contains("\"port\" : 9091");
        CliRun check = CliRun.run("check", repo.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        CliRun status = CliRun.run("status", repo.toString());
        assertThat(status.exitCode()).as(status.out()).isZero();
    }

    @Test
    void statusWithoutGitComparesWithARenderOfTheRecordedAnswers() throws IOException {
        Path repo = tmp.resolve("svc");
        assertThat(CliRun.run("new", repo.toString(), "--defaults", "-a", "node-typescript", "--no-git").exitCode()).isZero();
        assertThat(CliRun.run("status", repo.toString()).exitCode()).isZero();

        Files.writeString(repo.resolve(".dockerignore"), "changed\n");
        Files.writeString(repo.resolve("src/app.ts"), "// ours\n");
        CliRun drifted = CliRun.run("status", repo.toString(), "--json");

        assertThat(drifted.exitCode()).isEqualTo(ExitCodes.BEHIND);
        assertThat(drifted.out()).contains("\"behind\":false", "\"drifted\":[\".dockerignore\"]");
        assertThat(CliRun.run("update", repo.toString()).err()).contains("is not the top folder of a git repository");
    }

    @Test
    void aRepositoryFromAnOlderScaffoldMergesFromItsInitialCommitsRender() throws Exception {
        // What scaffold 0.0.1 would have committed: an older Dockerfile, no trailer, no template branch.
        Path repo = tmp.resolve("svc");
        assertThat(CliRun.run("new", repo.toString(), "--defaults", "-a", "go-http", "--no-git").exitCode()).isZero();
        String current = Files.readString(repo.resolve("Dockerfile"));
        String old = current.replaceFirst("\nFROM ", "\n# built by an older scaffold\nFROM ");
        Files.writeString(repo.resolve("Dockerfile"), old);
        Path answers = repo.resolve(".scaffold/answers.json");
        Files.writeString(answers, Files.readString(answers).replaceFirst("\"version\" : \"[^\"]+\"", "\"version\" : \"0.0.1\""));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Initial commit from scaffold 0.0.1 (go-http 0.0.1)").setAuthor(UpdateCatalog.IDENT)
                    .setCommitter(UpdateCatalog.IDENT).setSign(false).call();
            Files.writeString(repo.resolve(".env.example"), Files.readString(repo.resolve(".env.example")) + "EXTRA=1\n");
            git.commit().setAll(true).setMessage("team edit").setAuthor(UpdateCatalog.IDENT).setCommitter(UpdateCatalog.IDENT)
                    .setSign(false).call();
            assertThat(git.getRepository().findRef("scaffold/template")).isNull();
        }

        CliRun updated = CliRun.run("update", repo.toString(), "--defaults", "--author", "Dev <dev@example.com>");

        assertThat(updated.exitCode()).as(updated.out() + updated.err()).isZero();
        assertThat(updated.out()).contains("modified  Dockerfile", "go-http 0.0.1 -> ");
        assertThat(repo.resolve("Dockerfile")).hasContent(current.stripTrailing());
        assertThat(Files.readString(repo.resolve(".env.example"))).endsWith("EXTRA=1\n");
    }
}
