package dev.scaffold.cli;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogResolver;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.catalog.UserConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --catalog SPEC} (repeatable), shared by the commands that read archetypes. */
final class CatalogOptions {
    @Option(names = "--catalog", paramLabel = "SPEC",
            description = {"Catalog over the built-in one: a folder with catalog.json, an https URL of a",
                "catalog.json, or a git URL (https/ssh/file, optional #tag, #branch or #commit).",
                "Repeat to layer several (later ones win). Default: $" + CatalogSpec.ENV + " (comma-separated),",
                "else \"catalogs\" in $XDG_CONFIG_HOME/scaffold/config.json (~/.config/scaffold/config.json)."})
    List<String> specs = new ArrayList<>();

    /** The process environment; tests replace it. */
    Function<String, String> environment = System::getenv;

    /** The layered catalog: flags, else the catalogs an answers file records, else the environment, else the config file. */
    Catalog load(Optional<CatalogSpec.Recorded> recorded) {
        CatalogSpec chosen = CatalogSpec.choose(specs, recorded, environment.apply(CatalogSpec.ENV),
                () -> UserConfig.read(UserConfig.location(environment, System.getProperty("user.home"))));
        return CatalogResolver.withUserCache(environment).resolve(chosen);
    }
}
