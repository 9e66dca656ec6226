package dev.scaffold.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.JsonFiles;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Override
    public void run() {
        Catalog catalog = new ScaffoldService(catalogs::load).catalog();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = JsonFiles.mapper().createArrayNode();
            for (Archetype a : catalog.archetypes()) {
                list.addObject().put("id", a.id()).put("version", a.version()).put("description", a.description())
                        .put("family", a.family()).put("catalog", a.origin().catalog())
                        .put("default", a.id().equals(catalog.defaultArchetype()));
            }
            out.println(list.toPrettyString());
            return;
        }
        int width = catalog.archetypes().stream().mapToInt(a -> a.id().length()).max().orElse(2);
        int from = catalog.archetypes().stream().mapToInt(a -> a.origin().catalog().length()).max().orElse(7);
        String row = "%-" + width + "s  %-8s  %-" + from + "s  %s%n";
        out.printf(row, "ID", "VERSION", "CATALOG", "DESCRIPTION");
        for (Archetype a : catalog.archetypes()) {
            out.printf(row, a.id(), a.version(), a.origin().catalog(), a.description()
                    + (a.id().equals(catalog.defaultArchetype()) ? " (default)" : ""));
        }
    }
}
