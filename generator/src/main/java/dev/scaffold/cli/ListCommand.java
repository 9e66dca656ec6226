package dev.scaffold.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.JsonFiles;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scaffold list}: the archetypes of the catalog. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the archetypes of the catalog.")
final class ListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public void run() {
        Catalog catalog = BuiltinCatalog.load();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = JsonFiles.mapper().createArrayNode();
            for (Archetype a : catalog.archetypes()) {
                list.addObject().put("id", a.id()).put("version", a.version()).put("description", a.description())
                        .put("family", a.family()).put("catalog", catalog.source())
                        .put("default", a.id().equals(catalog.defaultArchetype()));
            }
            out.println(list.toPrettyString());
            return;
        }
        int width = catalog.archetypes().stream().mapToInt(a -> a.id().length()).max().orElse(2);
        out.printf("%-" + width + "s  %-8s  %s%n", "ID", "VERSION", "DESCRIPTION");
        for (Archetype a : catalog.archetypes()) {
            out.printf("%-" + width + "s  %-8s  %s%s%n", a.id(), a.version(), a.description(),
                    a.id().equals(catalog.defaultArchetype()) ? " (default)" : "");
        }
    }
}
