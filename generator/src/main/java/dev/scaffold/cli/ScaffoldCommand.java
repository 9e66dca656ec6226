package dev.scaffold.cli;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The top-level {@code scaffold} command; it only groups the subcommands and maps errors to exit codes. */
@Command(name = "scaffold",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates container-ready starter repositories from archetypes, verified and committed.")
public final class ScaffoldCommand implements Runnable {
    /**
     * The subcommands by name, in the order the usage lists them, then {@code help}. The names repeat
     * those of their {@code @Command} (CommandLineTest checks it): reading every subcommand's annotations
     * to find the one a run names would cost what building only that one saves.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        subcommands.put("new", NewCommand.class);
        subcommands.put("list", ListCommand.class);
        subcommands.put("show", ShowCommand.class);
        subcommands.put("check", CheckCommand.class);
        subcommands.put("update", UpdateCommand.class);
        subcommands.put("status", StatusCommand.class);
        subcommands.put("fleet", FleetCommand.class);
        subcommands.put("serve", ServeCommand.class);
        return Collections.unmodifiableMap(subcommands);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line with every subcommand; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line a run with these arguments needs: only the subcommand its first argument names,
     * else (no arguments, {@code help}, an option, a typo) every subcommand. Picocli builds the model of
     * each subcommand it is given by reflection, and building all of them was the largest start-up cost
     * before the catalog was even read; a run of {@code new} needs only {@code new}'s.
     */
    public static CommandLine commandLine(String[] args) {
        String first = args != null && args.length > 0 ? args[0] : "";
        boolean namesOne = SUBCOMMANDS.containsKey(first);
        CommandLine cli = new CommandLine(new ScaffoldCommand());
        SUBCOMMANDS.forEach((name, subcommand) -> {
            if (!namesOne || name.equals(first)) {
                cli.addSubcommand(name, subcommand);
            }
        });
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        listExitCodes(cli);
        return cli;
    }

    private static void listExitCodes(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.DESCRIPTIONS);
        cli.getSubcommands().values().forEach(ScaffoldCommand::listExitCodes);
    }

    /** Input errors: one line, exit 2. Generation errors: one line, exit 1. Stack traces only with --verbose. */
    private static final class ErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
            PrintWriter err = cli.getErr();
            boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            if (e instanceof InputException) {
                err.println("scaffold: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println(e instanceof GenerationException
                    ? "scaffold: generation failed: " + e.getMessage()
                    : "scaffold: internal error: " + e);
            if (verbose) {
                e.printStackTrace(err);
            } else if (!(e instanceof GenerationException)) {
                err.println("(run again with --verbose for the stack trace)");
            }
            return ExitCodes.GENERATION_FAILED;
        }
    }

    /** An unknown option or a malformed value: the message and where to find help, exit 2. */
    private static final class UsageErrorHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cli = e.getCommandLine();
            // One line, like every other input error, so that scripts and CI logs show it whole.
            cli.getErr().println("scaffold: " + e.getMessage() + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.BAD_INPUT;
        }
    }
}
