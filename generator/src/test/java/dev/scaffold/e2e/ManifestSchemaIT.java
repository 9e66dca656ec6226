package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.cli.ScaffoldCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas (docs/schema/) accept every built-in manifest, and every generated
 * .github/dependabot.yml is valid against the Dependabot schema that check-jsonschema vendors. Run with
 * the real check-jsonschema from PyPI through uvx (uv is a tool CI installs anyway), pinned.
 */
class ManifestSchemaIT {
    private static final String CHECK_JSONSCHEMA = "check-jsonschema==0.39.0";

    private static List<String> checkJsonschema(String... args) {
        List<String> command = new ArrayList<>(List.of("uvx", "--from", CHECK_JSONSCHEMA, "check-jsonschema"));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theBuiltInManifestsValidateAgainstThePublishedSchemas() throws IOException {
        EndToEnd.requireTools("uvx");
        List<String> manifests = new ArrayList<>();
        try (var paths = Files.list(EndToEnd.REPO.resolve("archetypes"))) {
            paths.map(p -> p.resolve("archetype.json").toString()).sorted().forEach(manifests::add);
        }
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(6);

        List<String> archetypes = checkJsonschema("--schemafile", "docs/schema/archetype.schema.json");
        archetypes.addAll(manifests);
        EndToEnd.succeed(EndToEnd.REPO, "schema-archetypes", 5, Map.of(), archetypes.toArray(String[]::new));
        EndToEnd.succeed(EndToEnd.REPO, "schema-catalog", 5, Map.of(),
                checkJsonschema("--schemafile", "docs/schema/catalog.schema.json", "catalog.json").toArray(String[]::new));
    }

    @Test
    void aManifestWithAMisspeltKeyFailsTheSchemaToo() throws IOException {
        EndToEnd.requireTools("uvx");
        Path bad = Files.createTempDirectory("scaffold-schema").resolve("archetype.json");
        Files.writeString(bad, Files.readString(EndToEnd.REPO.resolve("archetypes/go-http/archetype.json"))
                .replaceFirst("\"family\"", "\"famliy\": \"go\", \"family\""));

        EndToEnd.Result result = EndToEnd.run(EndToEnd.REPO, "schema-misspelt", 5, Map.of(),
                checkJsonschema("--schemafile", "docs/schema/archetype.schema.json", bad.toString()).toArray(String[]::new));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("famliy");
    }

    @Test
    void everyGeneratedDependabotFileIsValidAgainstTheVendoredSchema() throws IOException {
        EndToEnd.requireTools("uvx");
        Path root = Files.createTempDirectory("scaffold-dependabot");
        List<String> command = checkJsonschema("--builtin-schema", "vendor.dependabot");
        for (Archetype archetype : BuiltinCatalog.load().archetypes()) {
            Path repo = root.resolve(archetype.id());
            int exit = ScaffoldCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                    .execute("new", repo.toString(), "--defaults", "--no-git", "-a", archetype.id(), "--name", "svc-schema");
            assertThat(exit).as(archetype.id()).isZero();
            assertThat(repo.resolve(".github/dependabot.yml")).content().contains("package-ecosystem: github-actions",
                    "package-ecosystem: docker", "package-ecosystem: " + archetype.ecosystem());
            command.add(repo.resolve(".github/dependabot.yml").toString());
        }
        EndToEnd.succeed(EndToEnd.REPO, "schema-dependabot", 5, Map.of(), command.toArray(String[]::new));
    }
}
