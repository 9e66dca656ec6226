package dev.scaffold.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the CLI in-process, as a user would from a shell, and captures exit code and output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return withInput(null, args);
    }

    /** Runs with {@code stdin} piped as standard input (not a terminal); null means no input at all. */
    static CliRun withInput(String stdin, String... args) {
        CommandLine cli = ScaffoldCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        NewCommand command = cli.getSubcommands().get("new").getCommand();
        command.stdin = new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
        command.terminal = false;
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
