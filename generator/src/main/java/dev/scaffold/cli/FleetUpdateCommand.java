package dev.scaffold.cli;

import dev.scaffold.error.InputException;
import dev.scaffold.fleet.FleetUpdate;
import dev.scaffold.fleet.UpdateReport;
import dev.scaffold.fleet.UpdateRow;
import dev.scaffold.git.Author;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scaffold fleet update}: a new archetype version rolled out as one reviewable branch per repository. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Update each repository of a list that is behind the target version, on a new branch made from "
                + "its default branch (the same merge as scaffold update, in a scratch clone); conflicts are "
                + "committed with their markers for the team to resolve in review. --push pushes each branch "
                + "(never the default branch, never forced). Repositories at the target, or whose remote already "
                + "has the branch at the target, are skipped, so a re-run changes nothing. Prints per repository "
                + "the page or gh command that opens the pull request. Exit code 0 when every repository was "
                + "updated or skipped, 3 when some update holds conflicts, 1 when some repository failed.")
final class FleetUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Option(names = "--to", paramLabel = "VERSION",
            description = "A version or git ref (tag, branch, commit) of each archetype's catalog (default: the newest).")
    String to;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "The update branch; VERSION stands for the target version (default: ${DEFAULT-VALUE}).")
    String branch = FleetUpdate.Options.DEFAULT_BRANCH;

    @Option(names = "--push", description = "Push each update branch to its repository's remote.")
    boolean push;

    @Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"",
            description = "Commit identity (default: git config user.name/user.email, else scaffold <scaffold@localhost>).")
    String author;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    /** Whether standard error is a terminal (progress bar) or not (plain lines); tests set it. */
    boolean terminal = System.console() != null;

    @Override
    public Integer call() {
        var repos = fleet.selected();
        if (!branch.matches("[A-Za-z0-9._/-]+") || branch.startsWith("/") || branch.endsWith("/") || branch.contains("..")
                || branch.contains("//") || branch.endsWith(".lock")) {
            throw new InputException("--branch: must be a git branch name of letters, digits, '.', '_', '-' and '/',"
                    + " with VERSION for the target version (got '" + branch + "')");
        }
        FleetUpdate.Options options = new FleetUpdate.Options(to, branch, push, author == null ? null : Author.parse(author));
        FleetUpdate update = new FleetUpdate(catalogs::load, fleet.cacheRoot(catalogs.environment).resolve("updates"), fleet.jobs);
        UpdateReport report = update.run(repos, options, new FleetProgress<>(spec.commandLine().getErr(), terminal,
                r -> r.url() + ": " + r.outcome().word() + (r.branch() == null ? "" : " " + r.branch())));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(report.toJson());
        } else {
            summary(report, out);
        }
        out.flush();
        Map<UpdateRow.Outcome, Integer> counts = report.counts();
        if (counts.get(UpdateRow.Outcome.FAILED) > 0) {
            return ExitCodes.GENERATION_FAILED;
        }
        return counts.get(UpdateRow.Outcome.CONFLICTED) > 0 ? ExitCodes.UPDATE_CONFLICTS : ExitCodes.OK;
    }

    private static void summary(UpdateReport report, PrintWriter out) {
        for (UpdateRow r : report.repos()) {
            String versions = r.to() == null ? "" : " " + r.archetype() + " " + r.from() + " -> " + r.to();
            out.printf("%-10s %s%s%s%n", r.outcome().word(), r.url(), r.branch() == null ? "" : " [" + r.branch() + "]", versions);
            if (!r.conflicts().isEmpty()) {
                out.printf("           conflicts: %s%n", String.join(", ", r.conflicts()));
            }
            if (r.detail() != null) {
                out.printf("           %s%n", r.detail());
            }
            if (r.pullRequest() != null) {
                if (r.pullRequest().url() != null) {
                    out.printf("           open: %s%n", r.pullRequest().url());
                }
                out.printf("           or:   %s%n", r.pullRequest().command());
            }
        }
        Map<UpdateRow.Outcome, Integer> c = report.counts();
        out.printf("fleet update: %d updated, %d conflicted, %d skipped, %d failed%n", c.get(UpdateRow.Outcome.UPDATED),
                c.get(UpdateRow.Outcome.CONFLICTED), c.get(UpdateRow.Outcome.SKIPPED), c.get(UpdateRow.Outcome.FAILED));
    }
}
