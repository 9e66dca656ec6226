package dev.scaffold.cli;

import dev.scaffold.fleet.FleetReport;
import dev.scaffold.fleet.HtmlReport;
import dev.scaffold.fleet.RepoStatus;
import dev.scaffold.fleet.ReportFile;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints a fleet report as a table (or JSON), writes its HTML page, and maps it to the exit code. */
final class FleetTable {
    private FleetTable() {
    }

    static int print(FleetReport report, PrintWriter out, boolean json, Path html) {
        if (html != null) {
            ReportFile.write(html, HtmlReport.render(report), "--html");
        }
        if (json) {
            out.print(report.toJson());
        } else {
            table(report, out);
        }
        out.flush();
        return report.allOk() ? ExitCodes.OK : ExitCodes.BEHIND;
    }

    private static void table(FleetReport report, PrintWriter out) {
        int width = Math.max(10, report.repos().stream().mapToInt(r -> r.url().length()).max().orElse(10));
        int id = Math.max(9, report.repos().stream().mapToInt(r -> r.archetype() == null ? 0 : r.archetype().length()).max().orElse(9));
        String row = "%-" + width + "s  %-" + id + "s  %-8s  %-8s  %-14s  %s%n";
        out.printf(row, "REPOSITORY", "ARCHETYPE", "VERSION", "NEWEST", "STATE", "DETAILS");
        for (RepoStatus r : report.repos()) {
            out.printf(row, r.url(), orDash(r.archetype()), orDash(r.version()), orDash(r.newest()), r.state(), details(r));
        }
        FleetReport.Summary s = report.summary();
        out.printf("fleet: %d repositories: %d ok, %d behind, %d failing a rule, %d unreadable%n",
                s.repos(), s.ok(), s.behind(), s.failing(), s.errors());
    }

    /** One line for progress output: the state and what it is about. */
    static String describe(RepoStatus r) {
        String detail = details(r);
        String versions = r.version() == null ? "" : " " + r.archetype() + " " + r.version()
                + (r.behind() ? " -> " + r.newest() : "");
        return r.state() + versions + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    private static String details(RepoStatus r) {
        if (r.error() != null) {
            return r.error().kind() + ": " + r.error().message();
        }
        StringBuilder rules = new StringBuilder();
        r.findings().forEach((rule, list) -> rules.append(rules.length() == 0 ? "" : ", ").append(rule)
                .append(list.size() > 1 ? " x" + list.size() : ""));
        return rules.toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
