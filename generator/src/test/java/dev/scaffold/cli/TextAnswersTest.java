package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Free-text answers: one line of printable text, at most 200 characters; what the user typed is never template syntax. */
class TextAnswersTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x7f, 0x1b, 0x0a, 0x0d, 0x00, 0x2028, 0x202e, 0x09})
    void aControlOrFormatCharacterIsRefusedWithExit2(int codePoint) {
        String description = "a " + Character.toString(codePoint) + " b";

        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--no-git", "-d", "description=" + description);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("scaffold: -d description=VALUE: must be one line of printable text")
                .contains(String.format("U+%04X at position 3", codePoint));
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aTooLongDescriptionIsRefused() {
        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--no-git", "-d", "description=" + "x".repeat(201));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("must be at most 200 characters (got 201)");
    }

    @Test
    void templateLikeCharactersInAnAnswerAreData() throws IOException {
        Path repo = tmp.resolve("svc");
        String description = "Ping <@oncall> about [=x], <#if> and ${HOME}";

        CliRun run = CliRun.run("new", repo.toString(), "--defaults", "--no-git", "-d", "description=" + description);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(repo.resolve("README.md")).content().contains(description);
    }
}
