package dev.scaffold.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small rules of an update: version order, path globs, ownership precedence, migrations. */
class UpdateRulesTest {

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(Versions.compare("0.10.0", "0.9.1")).isPositive();
        assertThat(Versions.compare("1.0", "1.0.0")).isZero();
        assertThat(Versions.compare("2.0.0", "10.0.0")).isNegative();
    }

    @Test
    void globsStayInAFolderUnlessDoubleStarAndAFolderNameCoversItsContents() {
        Globs globs = new Globs(List.of("*.py", "src/", "docs/**/*.md", "tests"));
        assertThat(globs.matches("main.py")).isTrue();
        assertThat(globs.matches("pkg/main.py")).isFalse();
        assertThat(globs.matches("src/a/b.go")).isTrue();
        assertThat(globs.matches("docs/x.md")).isTrue();
        assertThat(globs.matches("docs/a/b/x.md")).isTrue();
        assertThat(globs.matches("tests/test_health.py")).isTrue();
        assertThat(globs.matches("Dockerfile")).isFalse();
    }

    @Test
    void includeBeatsTheRepositoryListWhichBeatsTheArchetypesManagedWhichBeatsOwned() {
        UpdateManifest manifest = new UpdateManifest(List.of("src/main/resources/application.properties"), List.of("src/", "README.md"),
                List.of());
        Ownership ownership = new Ownership(manifest, List.of(".github/workflows/ci.yml"), Set.of("README.md"));
        assertThat(ownership.isOwned("src/main/java/App.java")).isTrue();
        assertThat(ownership.isOwned("src/main/resources/application.properties")).isFalse();
        assertThat(ownership.isOwned(".github/workflows/ci.yml")).isTrue();
        assertThat(ownership.isOwned("README.md")).isFalse();
        assertThat(ownership.isOwned("Dockerfile")).isFalse();
    }

    @Test
    void migrationsApplyOnlyOnTheWayThroughTheirVersionAndInOrder() {
        Migration rename = new Migration("2.0.0", Map.of("flavor", "variant"), Map.of("variant", Map.of("old", "new")));
        Migration later = new Migration("3.0.0", Map.of(), Map.of("variant", Map.of("new", "newest")));
        UpdateManifest manifest = new UpdateManifest(List.of(), List.of(), List.of(rename, later));
        Map<String, String> answers = new LinkedHashMap<>(Map.of("flavor", "old", "port", "8080"));

        assertThat(manifest.migrate(answers, "1.0.0", "2.0.0")).containsExactlyInAnyOrderEntriesOf(Map.of("variant", "new", "port", "8080"));
        assertThat(manifest.migrate(answers, "1.0.0", "3.1.0")).containsEntry("variant", "newest");
        assertThat(manifest.migrate(answers, "2.0.0", "2.5.0")).isEqualTo(answers);
    }

    @Test
    void anUpdateLoadsTheRecordedCatalogsWithoutTheirPinsAndTheArchetypesOwnAtTheRequestedRef() {
        List<String> recorded = List.of("https://git.acme.example/org.git#0123abc", "/srv/catalogs/team",
                "https://cdn.acme.example/catalog.json#sha256:" + "a".repeat(64));
        assertThat(CatalogPins.target(recorded, "https://git.acme.example/org.git", "v2")).containsExactly(
                "https://git.acme.example/org.git#v2", "/srv/catalogs/team", "https://cdn.acme.example/catalog.json");
        assertThat(CatalogPins.target(recorded, "builtin", null)).containsExactly(
                "https://git.acme.example/org.git", "/srv/catalogs/team", "https://cdn.acme.example/catalog.json");
    }
}
