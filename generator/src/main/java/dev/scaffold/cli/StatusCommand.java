package dev.scaffold.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.app.StatusReport;
import dev.scaffold.catalog.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold status [DIR]}: how a generated repository stands against its archetype, for CI to gate on. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show whether a generated repository is behind its archetype or drifted.",
            "Prints the archetype, the recorded and the newest version, and the scaffold-managed files that",
            "differ from their pristine render. Exit code 4 when behind or drifted, for CI to gate on."})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Generated repository (default: .).")
    Path dir = Path.of(".");

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Override
    public Integer call() throws Exception {
        StatusReport report = new ScaffoldService(catalogs::load).status(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonFiles.mapper().createObjectNode();
            node.put("archetype", report.archetypeId());
            node.put("recorded_version", report.recordedVersion());
            node.put("newest_version", report.newestVersion());
            node.put("behind", report.behind());
            report.driftedManagedFiles().forEach(node.putArray("drifted")::add);
            out.println(JsonFiles.mapper().writeValueAsString(node));
        } else {
            out.printf("archetype: %s%nrecorded:  %s%nnewest:    %s%s%n", report.archetypeId(), report.recordedVersion(),
                    report.newestVersion(), report.behind() ? " (behind: run scaffold update)" : " (up to date)");
            report.driftedManagedFiles().forEach(path -> out.printf("drifted:   %s%n", path));
        }
        return report.current() ? ExitCodes.OK : ExitCodes.BEHIND;
    }
}
