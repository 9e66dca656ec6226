package dev.scaffold.cli;

import dev.scaffold.fleet.FleetReport;
import dev.scaffold.fleet.ReportFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold fleet merge-reports}: the shards' JSON reports as one report. */
@Command(name = "merge-reports", mixinStandardHelpOptions = true,
        description = "Merge the JSON reports of fleet status shards (--shard I/N --json) into one report: a table, "
                + "--json or --html, and the exit code of fleet status for the whole fleet (0 all up to date and "
                + "passing, else 4).")
final class FleetMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "JSON reports written by fleet status --json.")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--json", description = "Print the merged report as JSON instead of a table.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the merged report as one self-contained HTML page.")
    Path html;

    @Override
    public Integer call() {
        if (html != null) {
            ReportFile.checkTarget(html, "--html");
        }
        FleetReport merged = FleetReport.merge(reports.stream().map(FleetReport::fromJson).toList());
        return FleetTable.print(merged, spec.commandLine().getOut(), json, html);
    }
}
