package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.answers.AnswerResolver;
import dev.scaffold.answers.AnswerSources;
import dev.scaffold.answers.AnswersFile;
import dev.scaffold.answers.Prompter;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.VerifyRecipe;
import dev.scaffold.cli.ScaffoldCommand;
import dev.scaffold.render.ArchetypeRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every scenario: generate a repository through the CLI, then prove it works with real tools —
 * the archetype's own verify steps (lock check, install, lint, tests), the linters on its workflow,
 * Compose files and Dockerfile, and its image built with buildah, started, probed on the health path
 * as the chosen non-root UID, with its HEALTHCHECK run inside and the dependency layer reused on rebuild, run
 * again with a read-only root filesystem and a tmpfs /tmp, and stopped with SIGTERM (e2e/imagecheck.py, whose
 * JSON report this test reads).
 */
class ArchetypeScenariosIT {
    private static final Catalog CATALOG = BuiltinCatalog.load();

    @TempDir
    Path tmp;

    /**
     * Every scenario, or only those named in {@code -Dscaffold.scenarios=name1,name2} (for a local run of
     * the ones a change touches; an unknown name fails rather than silently running nothing).
     */
    static Stream<Scenario> scenarios() {
        String only = System.getProperty("scaffold.scenarios", "").trim();
        if (only.isEmpty()) {
            return Scenario.all().stream();
        }
        List<String> names = List.of(only.split("\\s*,\\s*"));
        List<String> known = Scenario.all().stream().map(Scenario::name).toList();
        assertThat(known).as("scenarios in e2e/scenarios.json named by -Dscaffold.scenarios").containsAll(names);
        return Scenario.all().stream().filter(scenario -> names.contains(scenario.name()));
    }

    @Test
    void everyArchetypeHasAScenarioAndAVerifyRecipe() {
        List<String> covered = Scenario.all().stream().map(Scenario::archetype).toList();
        for (Archetype archetype : CATALOG.archetypes()) {
            assertThat(covered).as("a scenario in e2e/scenarios.json for %s", archetype.id()).contains(archetype.id());
            assertThat(archetype.verify().isEmpty()).as("verify steps in %s/archetype.json", archetype.id()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void generatedRepositoryPassesItsOwnChecksLintersAndImageProbe(Scenario scenario) {
        Archetype archetype = CATALOG.archetype(scenario.archetype());
        VerifyRecipe recipe = archetype.verify();
        EndToEnd.requireTools(Stream.concat(recipe.tools().stream(),
                Stream.concat(EndToEnd.LINT_TOOLS.stream(), Stream.of("buildah", "podman", "debootstrap", "python3", "unshare", "nsenter"))).toArray(String[]::new));
        Services services = Services.start(scenario.services(), tmp);
        try {
            Path repo = generate(scenario);
            Map<String, Object> model = model(archetype, repo);
            String log = scenario.name();
            int step = 0;
            for (List<String> command : recipe.steps()) {
                EndToEnd.succeed(repo, log + "-step" + (++step), 15, services.env(scenario.env()),
                        command.stream().map(arg -> ArchetypeRenderer.interpolate(arg, model)).toArray(String[]::new));
            }
            // Linter findings are asserted after the image check, so that one run reports both.
            EndToEnd.Result lint = EndToEnd.run(EndToEnd.REPO, log + "-lint", 5, Map.of(), "bash", "e2e/lint.sh", repo.toString());
            Path reportFile = EndToEnd.REPORTS.resolve(log + "-image.json");
            EndToEnd.Result run = EndToEnd.run(EndToEnd.REPO, log + "-image", 40, Map.of(),
                    imageCheck(repo, model, recipe, scenario.imageCommands().stream().map(services::expand).toList(),
                            reportFile).toArray(String[]::new));
            assertThat(reportFile).as("image check report (log: %s-image.log)", log).exists();
            ImageReport report = ImageReport.read(reportFile);
            System.out.println("[e2e " + scenario + "] " + report.summary() + " lint_exit=" + lint.exitCode());
            assertThat(report.failures()).as("image check failures (%s)", reportFile).isEmpty();
            assertThat(run.exitCode()).as("image check exit code").isZero();
            assertThat(report.result()).isEqualTo("ok");
            assertThat(String.valueOf(report.uid())).as("uid of the process listening on the port")
                    .isEqualTo(String.valueOf(model.get("uid")));
            assertThat(report.whoami()).isEqualTo(String.valueOf(model.get("user")));
            assertThat(report.healthcheckExit()).as("HEALTHCHECK exit").isZero();
            assertThat(report.readOnly().result()).as("read-only root filesystem run").isEqualTo("ok");
            assertThat(report.sigterm().killed()).as("killed after SIGTERM's grace period").isFalse();
            assertThat(report.sigterm().result()).as("clean exit on SIGTERM").isEqualTo("ok");
            if (recipe.touch() != null) {
                assertThat(report.rebuild().depStepCached()).as("dependency layer reused on rebuild").isTrue();
            }
            if (scenario.maxAddedBytes() > 0) {
                assertThat(report.imageAddedBytes()).as("bytes the image adds over its base (the seed's size budget)")
                        .isLessThanOrEqualTo(scenario.maxAddedBytes());
            }
            String lintOut = lint.output();
            assertThat(lint.exitCode()).as("e2e/lint.sh exit code; its output ends:%n%s",
                    lintOut.substring(Math.max(0, lintOut.length() - 4000))).isZero();
        } finally {
            services.close();
        }
    }

    private Path generate(Scenario scenario) {
        Path repo = tmp.resolve(scenario.name());
        List<String> args = new ArrayList<>(List.of("new", repo.toString(), "--defaults", "-a", scenario.archetype(),
                "--port", String.valueOf(EndToEnd.freePort()), "--author", "CI <ci@example.org>"));
        args.addAll(scenario.args());
        assertThat(ScaffoldCommand.commandLine().execute(args.toArray(String[]::new))).as("scaffold new").isZero();
        return repo;
    }

    /** The answers the repository was generated with, re-read from its answers file, plus derived values. */
    private static Map<String, Object> model(Archetype archetype, Path repo) {
        AnswersFile.Stored stored = AnswersFile.read(repo.resolve(AnswersFile.PATH));
        Map<String, Object> answers = new AnswerResolver(Prompter.NONE).resolve(archetype.questions(),
                new AnswerSources(Map.of(), stored.answers(), AnswersFile.PATH, Map.of(), q -> q));
        return new dev.scaffold.project.ProjectDescription(archetype, "e2e", answers).model();
    }

    private static List<String> imageCheck(Path repo, Map<String, Object> model, VerifyRecipe recipe,
            List<String> imageCommands, Path report) {
        List<String> command = new ArrayList<>(List.of("python3", "e2e/imagecheck.py", repo.toString(),
                "--report", report.toString(),
                "--port", String.valueOf(model.get("port")), "--uid", String.valueOf(model.get("uid")),
                "--user", String.valueOf(model.get("user")), "--health-path", String.valueOf(model.get("health_path"))));
        if (recipe.touch() != null) {
            command.addAll(List.of("--touch", ArchetypeRenderer.interpolate(recipe.touch(), model)));
        }
        if (!recipe.forbidPackages().isEmpty()) {
            command.addAll(List.of("--forbid-packages", String.join(",", recipe.forbidPackages())));
        }
        for (String imageCommand : imageCommands) {
            command.addAll(List.of("--image-command", imageCommand));
        }
        return command;
    }
}
