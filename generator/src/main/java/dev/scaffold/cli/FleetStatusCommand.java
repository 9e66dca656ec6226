package dev.scaffold.cli;

import dev.scaffold.fleet.FleetReport;
import dev.scaffold.fleet.FleetStatus;
import dev.scaffold.fleet.ReportFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scaffold fleet status}: where every repository of the fleet stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Report each repository of a list at its default branch: archetype, version, the newest version "
                + "in the catalogs, whether it is behind, scaffold check findings by rule, or why it could not be "
                + "read. Newest versions come from --catalog, else from the catalogs each repository records "
                + "(without their pins), else $SCAFFOLD_CATALOG or the config file. Exit code 0 when every "
                + "repository is up to date and passes, 4 when any is behind, fails a rule or cannot be read.")
final class FleetStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Option(names = "--json", description = "Print the report as JSON (the input of merge-reports) instead of a table.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one self-contained HTML page.")
    Path html;

    /** Whether standard error is a terminal (progress bar) or not (plain lines); tests set it. */
    boolean terminal = System.console() != null;

    @Override
    public Integer call() {
        List<String> repos = fleet.selected();
        if (html != null) {
            ReportFile.checkTarget(html, "--html");
        }
        FleetStatus status = new FleetStatus(catalogs::load, fleet.cacheRoot(catalogs.environment), fleet.jobs);
        FleetReport report = status.run(repos, new FleetProgress<>(spec.commandLine().getErr(), terminal,
                r -> r.url() + ": " + FleetTable.describe(r)));
        return FleetTable.print(report, spec.commandLine().getOut(), json, html);
    }
}
