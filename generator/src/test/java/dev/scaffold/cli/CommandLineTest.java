package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Main builds only the subcommand a run names (start-up); whatever the arguments, that command line
 * must answer exactly as the one with every subcommand does.
 */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "--version", "help", "help new", "new --help", "nwe", "list --nope",
        "show python-fastapi-uv", "fleet --help", "fleet status --help", "serve --help", "update --help",
        "status --help", "check --help", "new --archetype no-such --defaults --dry-run"})
    void aRunAnswersAsTheFullCommandLineDoes(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        String narrowed = run(ScaffoldCommand.commandLine(args), args);
        String full = run(ScaffoldCommand.commandLine(), args);

        assertThat(narrowed).isEqualTo(full).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "list", "show", "check", "update", "status", "fleet", "serve"})
    void aRunNamingASubcommandBuildsOnlyThatOne(String name) {
        CommandLine cli = ScaffoldCommand.commandLine(new String[] {name, "--help"});

        assertThat(cli.getSubcommands().keySet()).containsExactlyInAnyOrder(name, "help");
    }

    @org.junit.jupiter.api.Test
    void theNamesAreThoseOfTheCommandsAnnotations() {
        ScaffoldCommand.SUBCOMMANDS.forEach((name, subcommand) ->
                assertThat(subcommand.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
    }

    private static String run(CommandLine cli, String[] args) {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute(args);
        return "exit " + exit + "\n" + out;
    }
}
