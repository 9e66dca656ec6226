package dev.scaffold.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process, as a user would from a shell, and captures exit code and output. */
record CliRun(int exitCode, String out, String err) {
    /**
     * The environment commands see unless a test gives its own: no $SCAFFOLD_CATALOG and a config
     * folder that does not exist, so a developer's own catalog settings cannot change a test's outcome.
     */
    static final Map<String, String> HERMETIC = Map.of("XDG_CONFIG_HOME", "/nonexistent/scaffold-test-config");

    static CliRun run(String... args) {
        return withInput(null, args);
    }

    /** Runs with {@code stdin} piped as standard input (not a terminal); null means no input at all. */
    static CliRun withInput(String stdin, String... args) {
        return execute(stdin, HERMETIC, args);
    }

    /** Runs with these environment variables (and no others) visible to catalog resolution. */
    static CliRun withEnv(Map<String, String> environment, String... args) {
        return execute(null, environment, args);
    }

    /** Runs with this piped standard input (null: none) and these environment variables. */
    static CliRun execute(String stdin, Map<String, String> environment, String... args) {
        // The command line Main builds: only the subcommand the arguments name.
        CommandLine cli = ScaffoldCommand.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        if (cli.getSubcommands().get("new") != null) {
            NewCommand command = cli.getSubcommands().get("new").getCommand();
            command.stdin = new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
            command.terminal = false;
        }
        if (cli.getSubcommands().get("update") != null) {
            UpdateCommand update = cli.getSubcommands().get("update").getCommand();
            update.stdin = new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
            update.terminal = false;
        }
        hermetic(cli, environment);
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Every command with catalog options, nested ones too (fleet status), sees only {@code environment}. */
    private static void hermetic(CommandLine cli, Map<String, String> environment) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getMixins().get("catalogs") instanceof CatalogOptions catalogs) {
                catalogs.environment = environment::get;
            }
            hermetic(sub, environment);
        }
    }
}
