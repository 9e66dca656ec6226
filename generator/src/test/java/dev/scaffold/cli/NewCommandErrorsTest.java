package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every input error: exit code 2, one line naming the field and the rule, no stack trace, nothing written. */
class NewCommandErrorsTest {
    @TempDir
    Path tmp;

    private void assertRefused(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("scaffold: " + message + "\n");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--port|abc|--port: must be an integer from 1 to 65535 (got 'abc')",
        "--port|80|--port: 80 is below 1024, and the container runs as a non-root user, which cannot bind it without the NET_BIND_SERVICE capability; choose 1024 or above, or pass --allow-privileged-port if your runtime grants that capability",
        "--port|70000|--port: must be an integer from 1 to 65535 (got 70000)",
        "--port|0|--port: must be an integer from 1 to 65535 (got 0)",
        "--name|fastapi|--name: 'fastapi' is refused: the Python package name would shadow a standard-library module, a keyword or a dependency ('fastapi'); choose another name",
        "--name|email|--name: 'email' is refused: the Python package name would shadow a standard-library module, a keyword or a dependency ('email'); choose another name",
        "--name|class|--name: 'class' is refused: the Python package name would shadow a standard-library module, a keyword or a dependency ('class'); choose another name",
        "--base-image|python:latest|--base-image: must not use the 'latest' tag: it moves under you and breaks reproducible builds; pin a version such as 3.12-slim-bookworm (got 'python:latest')",
        "--base-image|node:22-bookworm-slim|--base-image: must be a Python image such as python:3.12-slim-bookworm (this archetype builds a virtualenv for the base image's own interpreter) (got 'node:22-bookworm-slim')",
        "--base-image|Python:3.12|--base-image: must be an image reference such as python:3.12-slim-bookworm or registry.example.com/team/base:1.2 (lower-case path, optional registry, tag and digest) (got 'Python:3.12')",
        "--uid|0|--uid: must be an integer from 1000 to 65535 (got 0)",
        "--user|nobody|--user: must be a POSIX user name (a lower-case letter or '_' first, then letters, digits, '_' or '-', at most 32) that is neither root nor an account the base image already has (got 'nobody')",
        "--health-path|/x';rm|--health-path: must start with '/' and hold only letters, digits and . _ ~ / - (no quotes, '$', '&' or ';', which would break the probe, Compose or CI shell) (got '/x';rm')",
        "--user|root|--user: must be a POSIX user name (a lower-case letter or '_' first, then letters, digits, '_' or '-', at most 32) that is neither root nor an account the base image already has (got 'root')",
        "--health-path|health|--health-path: must start with '/' and hold only letters, digits and . _ ~ / - (no quotes, '$', '&' or ';', which would break the probe, Compose or CI shell) (got 'health')",
        "--base-image|python|--base-image: must name a tag: without one it means 'latest', which moves under you and breaks reproducible builds (got 'python')",
        "--name|My App|--name: must be 2 to 50 characters: a lower-case letter first, then lower-case letters and digits, with single '-' between them (got 'My App')",
        "--name|x|--name: must be 2 to 50 characters: a lower-case letter first, then lower-case letters and digits, with single '-' between them (got 'x')",
        "-d|python_version=2.7|-d python_version=VALUE: must be one of 3.11, 3.12, 3.13 (got '2.7')",
        "--author|nobody|--author: must read \"Name <email@host>\" (got 'nobody')",
    })
    void refusesAnInvalidAnswerAndWritesNothing(String flag, String value, String message) {
        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", flag, value);

        assertRefused(run, message);
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void anUnknownQuestionListsTheArchetypesQuestions() {
        String asked = dev.scaffold.catalog.BuiltinCatalog.load().archetype("python-fastapi-uv").questions().stream()
                .map(dev.scaffold.catalog.Question::id).collect(java.util.stream.Collectors.joining(", "));

        assertRefused(CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "-d", "colour=red"),
                "-d/--set: unknown question 'colour'; this archetype asks: " + asked);
    }

    @Test
    void anUnknownArchetypeListsTheValidOnes() {
        String ids = dev.scaffold.catalog.BuiltinCatalog.load().ids();

        assertRefused(CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "-a", "cobol"),
                "--archetype: must be one of " + ids + " (got 'cobol')");
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aPrivilegedPortIsAcceptedWhenTheUserOptsIn() {
        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--no-git", "--port", "80",
                "--allow-privileged-port");

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void withoutATargetOrANameItSaysWhichFlagToPass() {
        assertRefused(CliRun.run("new", "--defaults"),
                "name: a value is required and there is no default; pass --name");
    }

    @Test
    void withNoInputAndNoNameItFailsTheSameWay() {
        assertRefused(CliRun.withInput(null, "new"), "name: a value is required and there is no default; pass --name");
    }

    @Test
    void aNameFromAnInvalidFolderNameSaysHowToOverrideIt() {
        CliRun run = CliRun.run("new", tmp.resolve("My_Service").toString(), "--defaults");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("scaffold: name (default 'My_Service', pass --name to change it): must be 2 to 50");
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void refusesANonEmptyTargetWithoutForce() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("svc"));
        Files.writeString(target.resolve("keep.txt"), "mine");

        CliRun run = CliRun.run("new", target.toString(), "--defaults");

        assertRefused(run, "DIR: " + target + " exists and is not empty; pass --force to write into it");
        assertThat(target.toFile().list()).containsExactly("keep.txt");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.run("new", "--colour", "red");

        assertRefused(run, "Unknown option: '--colour' (see 'scaffold new --help')");
    }

    @Test
    void anOptionValueThatLooksLikeAnOptionIsAOneLineUsageError() {
        CliRun run = CliRun.run("new", "--name", "-a", "python-fastapi-uv");

        assertRefused(run, "Expected parameter for option '--name' but found '-a' (see 'scaffold new --help')");
    }

    @Test
    void aMalformedAnswersFileNamesTheFile() throws IOException {
        Path answers = Files.writeString(tmp.resolve("answers.json"), "{ \"answers\": { \"port\": ");

        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("scaffold: " + answers + ": not valid JSON at line 1");
        assertThat(tmp.toFile().list()).containsExactly("answers.json");
    }

    @Test
    void aWrongValueInTheAnswersFileNamesTheFileAndTheField() throws IOException {
        Path answers = Files.writeString(tmp.resolve("answers.json"), "{ \"answers\": { \"port\": \"http\" } }");

        assertRefused(CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--answers", answers.toString()),
                answers + ": answers.port: must be an integer from 1 to 65535 (got 'http')");
    }
}
