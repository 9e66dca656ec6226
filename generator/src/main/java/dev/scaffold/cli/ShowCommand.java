package dev.scaffold.cli;

import dev.scaffold.app.ScaffoldService;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Question;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scaffold show ID}: an archetype's questions with their defaults, choices, rules and flags. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an archetype and its questions.")
final class ShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Archetype id (see 'scaffold list').")
    String id;

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Override
    public void run() {
        Archetype archetype = new ScaffoldService(catalogs::load).catalog().archetype(id);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s %s (%s, from %s)%n%s%n%nQuestions:%n", archetype.id(), archetype.version(), archetype.family(),
                archetype.origin().catalog(), archetype.description());
        for (Question q : archetype.questions()) {
            out.printf("  %-16s %s%n", q.id(), q.prompt());
            detail(out, "type", q.type().name().toLowerCase(java.util.Locale.ROOT));
            detail(out, "default", q.defaultValue() == null ? "(none: required)" : String.valueOf(q.defaultValue()));
            if (!q.choices().isEmpty()) {
                detail(out, "choices", String.join(", ", q.choices()));
            }
            if (q.min() != null && q.max() != null) {
                detail(out, "range", q.min() + "-" + q.max());
            }
            if (q.patternHelp() != null) {
                detail(out, "rule", q.patternHelp());
            }
            if (q.when() != null) {
                detail(out, "when", q.when());
            }
            if (q.help() != null) {
                detail(out, "help", q.help());
            }
            detail(out, "set with", NewCommand.flagFor(q.id()));
        }
    }

    private static void detail(PrintWriter out, String label, String value) {
        out.printf("  %-16s   %s: %s%n", "", label, value);
    }
}
