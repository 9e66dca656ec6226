package dev.scaffold.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.TestCatalogs;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.CatalogResolver;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.cli.ScaffoldCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every archetype, generated with its defaults, passes {@code scaffold check}, with and without an org
 * policy; so does every archetype that asks the options, with all of them switched on.
 */
class GeneratedReposPassCheckTest {
    @TempDir
    Path tmp;

    static Stream<String> archetypes() {
        return BuiltinCatalog.load().archetypes().stream().map(Archetype::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void aGeneratedRepositoryPassesEveryRule(String id) {
        Path repo = tmp.resolve("svc");
        assertThat(ScaffoldCommand.commandLine().execute("new", repo.toString(), "--defaults", "--no-git", "-a", id)).isZero();

        Checker.Report report = new Checker().check(repo);

        assertThat(report.findings()).as(id).isEmpty();
        assertThat(report.rulesRun()).isEqualTo(new Checker().rules().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void aRepositoryGeneratedUnderAnOrgPolicyPassesItsPolicyRules(String id) {
        String catalog = TestCatalogs.root("acme-policy").toString();
        Path repo = tmp.resolve("svc");
        assertThat(ScaffoldCommand.commandLine().execute("new", repo.toString(), "--defaults", "--no-git", "-a", id,
                "--catalog", catalog)).isZero();
        OrgSettings policy = new CatalogResolver(tmp.resolve("cache")).resolve(new CatalogSpec(List.of(catalog), "test")).org();
        assertThat(policy.requiredLabels()).contains("com.acme.team");

        Checker.Report report = new Checker(policy).check(repo);

        assertThat(report.findings()).as(id).isEmpty();
    }

    static Stream<String> archetypesWithOptions() {
        return BuiltinCatalog.load().archetypes().stream()
                .filter(a -> a.question("database").isPresent() && a.question("model_preload").isPresent())
                .map(Archetype::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypesWithOptions")
    void aRepositoryWithTheDatabaseAndTheModelPassesEveryRule(String id) {
        Path repo = tmp.resolve("svc");
        assertThat(ScaffoldCommand.commandLine().execute("new", repo.toString(), "--defaults", "--no-git", "-a", id,
                "-d", "database=postgres", "-d", "model_preload=true", "-d", "model_source=pypi")).isZero();

        assertThat(new Checker().check(repo).findings()).as(id).isEmpty();
    }
}
