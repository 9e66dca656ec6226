package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated workflow pins each action to a full commit SHA with its release in a comment, the
 * check job downloads no script into a shell, and only the release job may write packages.
 */
class PinnedWorkflowsTest {
    private static final Pattern USES = Pattern.compile("(?m)^\\s*(?:- )?uses: (\\S+)(.*)$");
    private static final Pattern PINNED = Pattern.compile("[A-Za-z0-9._-]+/[A-Za-z0-9._/-]+@[0-9a-f]{40}");

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (Archetype archetype : BuiltinCatalog.load().archetypes()) {
            variants.add(Arguments.of(archetype.id(), new String[0]));
            if (archetype.question("model_preload").isPresent()) {
                variants.add(Arguments.of(archetype.id(), new String[] {"-d", "model_preload=true", "-d", "database=postgres"}));
            }
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everyActionIsPinnedToACommitAndOnlyTheReleaseJobWritesPackages(String id, String[] options, @TempDir Path tmp)
            throws IOException {
        Path repo = tmp.resolve("svc");
        List<String> args = new ArrayList<>(List.of("new", repo.toString(), "--defaults", "--no-git", "-a", id));
        args.addAll(List.of(options));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Path> workflows;
        try (Stream<Path> files = Files.list(repo.resolve(".github/workflows"))) {
            workflows = files.sorted().toList();
        }
        assertThat(workflows).extracting(p -> p.getFileName().toString()).containsExactly("ci.yml", "release.yml");
        int uses = 0;
        for (Path workflow : workflows) {
            String text = Files.readString(workflow);
            Matcher m = USES.matcher(text);
            while (m.find()) {
                uses++;
                assertThat(m.group(1)).as(workflow + ": " + m.group()).matches(PINNED);
                assertThat(m.group(2)).as(workflow + ": " + m.group()).matches(" # v\\d+(\\.\\d+)*");
            }
            assertThat(text).doesNotContain("| bash", "| sh\n", "| sh -", "sh.jbang.dev");
        }
        assertThat(uses).isGreaterThanOrEqualTo(6);
        assertThat(Files.readString(repo.resolve(".github/workflows/ci.yml"))).doesNotContain("packages:")
                .contains("sha256sum --check --strict");
        assertThat(Files.readString(repo.resolve(".github/workflows/release.yml")))
                .contains("permissions: {}", "      packages: write", "provenance: mode=max", "sbom: true");
    }

    @org.junit.jupiter.api.Test
    void anOrgCatalogMirrorsAnActionForTheBuiltInArchetypesToo(@TempDir Path tmp) throws IOException {
        Path catalog = tmp.resolve("acme");
        Files.createDirectories(catalog.resolve("templates"));
        Files.writeString(catalog.resolve("catalog.json"), "{\"org\": {\"name\": \"acme\"}, \"archetypes\": []}");
        Files.writeString(catalog.resolve("templates/actions.json"), "{\"actions\": {\"actions/checkout\": {\"uses\": \"acme/checkout\","
                + " \"sha\": \"" + "3".repeat(40) + "\", \"version\": \"v7.0.1-acme\"}}}");

        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--no-git", "-a", "go-http",
                "--catalog", catalog.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("svc/.github/workflows/ci.yml")).content()
                .contains("- uses: acme/checkout@" + "3".repeat(40) + " # v7.0.1-acme\n")
                .doesNotContain("actions/checkout@")
                .containsPattern("uses: actions/setup-go@[0-9a-f]{40} # v");
    }
}
