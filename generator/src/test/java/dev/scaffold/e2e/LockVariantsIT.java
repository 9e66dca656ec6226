package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.check.Checker;
import dev.scaffold.cli.ScaffoldCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Options that change dependencies ({@code database}, {@code model_preload}) make an archetype carry
 * one lock per dependency set. A full scenario (image build and all) for each set would be slow, so
 * this test renders every combination of those options and runs just the archetype's lock check:
 * the verify steps that name a lock ({@code uv lock --check}, {@code poetry check --lock}) or run a
 * {@code lock-*} script (pip's {@code sh scripts/lock-requirements.sh --check}, which recompiles
 * requirements.txt with uv and compares). Each combination must also pass {@code scaffold check} and
 * the linters ({@code e2e/lint.sh}): the scenarios cover only some of them.
 */
class LockVariantsIT {
    private static final Catalog CATALOG = BuiltinCatalog.load();
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "database", List.of("none", "postgres"),
            "model_preload", List.of("false", "true"));

    @TempDir
    Path tmp;

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (Archetype archetype : CATALOG.archetypes()) {
            List<String> asked = OPTIONS.keySet().stream().sorted()
                    .filter(id -> archetype.question(id).isPresent()).toList();
            if (asked.isEmpty() || lockSteps(archetype).isEmpty()) {
                continue;
            }
            for (List<String> values : product(asked)) {
                List<String> flags = new ArrayList<>();
                for (int i = 0; i < asked.size(); i++) {
                    flags.addAll(List.of("-d", asked.get(i) + "=" + values.get(i)));
                }
                all.add(Arguments.of(archetype.id(), String.join(",", values), flags));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("combinations")
    void everyDependencySetHasAConsistentLockAndPassesCheckAndLinters(String id, String label, List<String> flags) {
        Archetype archetype = CATALOG.archetype(id);
        List<List<String>> steps = lockSteps(archetype);
        EndToEnd.requireTools(Stream.of(archetype.verify().tools().stream(), steps.stream().map(step -> step.get(0)),
                EndToEnd.LINT_TOOLS.stream()).flatMap(tools -> tools).distinct().toArray(String[]::new));
        Path repo = tmp.resolve("repo");
        List<String> args = new ArrayList<>(List.of("new", repo.toString(), "--defaults", "-a", id, "--no-git"));
        args.addAll(flags);
        assertThat(ScaffoldCommand.commandLine().execute(args.toArray(String[]::new))).as("scaffold new").isZero();
        int n = 0;
        for (List<String> step : steps) {
            EndToEnd.succeed(repo, "locks-" + id + "-" + label.replace(',', '-') + "-" + (++n), 5, Map.of(),
                    step.toArray(String[]::new));
        }
        assertThat(new Checker().check(repo).findings()).as("scaffold check").isEmpty();
        EndToEnd.succeed(EndToEnd.REPO, "locks-" + id + "-" + label.replace(',', '-') + "-lint", 5, Map.of(),
                "bash", "e2e/lint.sh", repo.toString());
    }

    private static List<List<String>> lockSteps(Archetype archetype) {
        return archetype.verify().steps().stream()
                .filter(step -> step.stream().anyMatch(arg -> arg.equals("lock") || arg.equals("--lock")
                        || arg.substring(arg.lastIndexOf('/') + 1).startsWith("lock-")))
                .toList();
    }

    private static List<List<String>> product(List<String> ids) {
        List<List<String>> out = new ArrayList<>(List.of(List.of()));
        for (String id : ids) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String value : OPTIONS.get(id)) {
                    List<String> row = new ArrayList<>(prefix);
                    row.add(value);
                    next.add(row);
                }
            }
            out = next;
        }
        return out;
    }
}
