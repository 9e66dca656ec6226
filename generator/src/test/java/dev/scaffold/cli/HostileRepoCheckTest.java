package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scaffold check runs in CI on repositories anyone can open a pull request against. */
class HostileRepoCheckTest {
    private static final String SECRET = "ghp_SECRETTOKEN1234567890";

    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        return Files.createDirectories(tmp.resolve("repo"));
    }

    private Path secret() throws IOException {
        return Files.writeString(tmp.resolve("token"), SECRET + "\n");
    }

    private static void assertInputError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("internal error", "Exception");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
    }

    @Test
    void anAnswersFileLinkedOutOfTheRepositoryIsNotRead() throws IOException {
        Path repo = repo();
        Files.createDirectories(repo.resolve(".scaffold"));
        Files.createSymbolicLink(repo.resolve(".scaffold/answers.json"), secret());

        assertInputError(CliRun.run("check", repo.toString()), ".scaffold/answers.json: is a symbolic link");
    }

    @Test
    void aLinkedScaffoldFolderIsNotFollowedEither() throws IOException {
        Path repo = repo();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("check.json"), SECRET);
        Files.createSymbolicLink(repo.resolve(".scaffold"), outside);

        assertInputError(CliRun.run("check", repo.toString()), ".scaffold/check.json: is a symbolic link (or under one)");
    }

    @Test
    void aDockerfileLinkedOutOfTheRepositoryIsNotRead() throws IOException {
        Path repo = repo();
        Files.createSymbolicLink(repo.resolve("Dockerfile"), secret());

        assertInputError(CliRun.run("check", repo.toString()), "Dockerfile: is a symbolic link");
    }

    @Test
    void aParseErrorDoesNotQuoteTheFile() throws IOException {
        Path repo = repo();
        Files.createDirectories(repo.resolve(".scaffold"));
        Files.writeString(repo.resolve(".scaffold/check.json"), SECRET);

        assertInputError(CliRun.run("check", repo.toString()), ".scaffold/check.json: not valid JSON at line 1");
    }

    @Test
    void aBinaryDockerfileIsAnInputError() throws IOException {
        Path repo = repo();
        Files.write(repo.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xff, (byte) 0xfe, 0, 1});

        assertInputError(CliRun.run("check", repo.toString()), "Dockerfile: not UTF-8 text");
    }

    @Test
    void anAnswersFileOverJacksonsDepthLimitIsAnInputError() throws IOException {
        Path repo = repo();
        Files.createDirectories(repo.resolve(".scaffold"));
        Files.writeString(repo.resolve(".scaffold/answers.json"), "[".repeat(5000) + "]".repeat(5000));

        assertInputError(CliRun.run("check", repo.toString()), ".scaffold/answers.json: not valid JSON");
    }

    @Test
    void anAnswersStringOverJacksonsLengthLimitIsAnInputError() throws IOException {
        Path repo = repo();
        Files.createDirectories(repo.resolve(".scaffold"));
        Files.writeString(repo.resolve(".scaffold/answers.json"), "{\"answers\": {\"a\": \"" + "x".repeat(21_000_000) + "\"}}");

        assertInputError(CliRun.run("check", repo.toString()), ".scaffold/answers.json: larger than 8 MB");
    }

    @Test
    void aLinkInsideTheRepositoryIsFine() throws IOException {
        Path repo = repo();
        Files.createDirectories(repo.resolve("docker"));
        Files.writeString(repo.resolve("docker/Dockerfile"), "FROM python:3.12-slim\n");
        Files.createSymbolicLink(repo.resolve("Dockerfile"), Path.of("docker/Dockerfile"));

        CliRun run = CliRun.run("check", repo.toString());

        assertThat(run.exitCode()).as(run.err()).isNotEqualTo(2);
        assertThat(run.err()).doesNotContain("internal error");
    }
}
