package dev.scaffold.cli;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogResolver;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --catalog SPEC} (repeatable), shared by the commands that read archetypes. */
final class CatalogOptions {
    @Option(names = "--catalog", paramLabel = "SPEC",
            description = {"Catalog over the built-in one: a folder with catalog.json, or a git URL",
                "(https/ssh/file, optional #tag, #branch or #commit). Repeat to layer several;",
                "default: $" + CatalogResolver.ENV + " (comma-separated)."})
    List<String> specs = new ArrayList<>();

    Catalog load() {
        return load(List.of());
    }

    /** The layered catalog; {@code fallback} specs apply when neither flags nor the environment name any. */
    Catalog load(List<String> fallback) {
        List<String> chosen = CatalogResolver.specs(specs, System.getenv(CatalogResolver.ENV));
        return CatalogResolver.withUserCache().resolve(chosen.isEmpty() ? fallback : chosen);
    }
}
