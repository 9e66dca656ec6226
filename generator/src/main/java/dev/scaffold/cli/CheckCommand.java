package dev.scaffold.cli;

import dev.scaffold.app.CheckOutcome;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.check.Checker;
import dev.scaffold.check.Finding;
import dev.scaffold.check.Rule;
import dev.scaffold.error.InputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold check [DIR]}: the org's container rules as a command, to gate CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a repository (generated or not) against the org's container rules.",
            "Prints each finding as FILE:LINE: RULE message; exit code 1 when a rule fails.",
            "Switch a rule off in .scaffold/check.json: {\"disable\": {\"SC003\": \"reason\"}}.",
            "SC011/SC012 enforce the org catalog's policy: from --catalog, else the catalogs the repository's",
            ".scaffold/answers.json records, else $SCAFFOLD_CATALOG or the user's config file."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository to check (default: .).")
    Path dir = Path.of(".");

    @Option(names = "--list", description = "List the rules and exit.")
    boolean list;

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            Checker checker = new Checker();
            for (Rule rule : checker.rules()) {
                out.printf("%s  %s%n", rule.id(), rule.description());
            }
            return ExitCodes.OK;
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException("DIR: " + dir + " is not a directory");
        }
        CheckOutcome outcome = new ScaffoldService(catalogs::load).check(dir, !catalogs.specs.isEmpty());
        OrgSettings policy = outcome.policy();
        if (!policy.equals(OrgSettings.NONE)) {
            out.printf("org policy: %s%n", policy.displayName());
        }
        Checker.Report report = outcome.report();
        report.config().disabled().forEach((id, why) -> out.printf("%s switched off: %s%n", id, why));
        for (Finding finding : report.findings()) {
            out.println(finding);
        }
        if (report.passed()) {
            out.printf("scaffold check: %s passes %d rules%n", dir, report.rulesRun());
            return ExitCodes.OK;
        }
        out.printf("scaffold check: %d finding(s) in %s%n", report.findings().size(), dir);
        return ExitCodes.CHECK_FAILED;
    }
}
