package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.TestCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Org catalogs layered over the built-in one: from a folder or a git repository, with defaults and policy. */
class CatalogLayersTest {
    private static final String ORG = TestCatalogs.root("org").toString();

    @TempDir
    Path tmp;

    @Test
    void listShowsWhichCatalogEachArchetypeComesFrom() {
        CliRun run = CliRun.run("list", "--catalog", ORG);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("python-fastapi-uv\\s+0\\.2\\.0\\s+builtin")
                .containsPattern("org-svc\\s+2\\.0\\.0\\s+" + java.util.regex.Pattern.quote(ORG) + "\\s+Acme's own service starter \\(default\\)");
    }

    @Test
    void anOrgArchetypeRendersWithTheBuiltInMacrosAndTheOrgDefaults() throws IOException {
        Path repo = tmp.resolve("svc");
        CliRun run = CliRun.run("new", repo.toString(), "--defaults", "--no-git", "--catalog", ORG);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(repo.resolve("README.md")).hasContent("# svc for registry.acme.example/team\nargs: [\"a\", \"b\"]");
        assertThat(repo.resolve(".scaffold/answers.json")).content().contains("\"catalog\" : \"" + ORG + "\"");
    }

    @Test
    void orgDefaultsBecomeAnswerDefaultsForBuiltInArchetypesButFlagsStillWin() throws IOException {
        Path repo = tmp.resolve("svc");
        CliRun run = CliRun.run("new", repo.toString(), "--defaults", "--no-git", "--catalog", ORG, "-a", "python-fastapi-uv",
                "--user", "svc");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(repo.resolve(".scaffold/answers.json")).content()
                .contains("\"uid\" : 20000", "\"registry\" : \"registry.acme.example/team\"", "\"user\" : \"svc\"");
    }

    @Test
    void theOrgPolicyRefusesABaseImageOutsideTheAllowedPrefixes() {
        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--catalog", ORG, "-a", "python-fastapi-uv",
                "--base-image", "python:3.11-slim-bookworm");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: --base-image: 'python:3.11-slim-bookworm' is not allowed by the acme"
                + " catalog's policy; allowed prefixes: python:3.12, registry.acme.example/\n");
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aGitCatalogIsClonedAtATagAndItsCommitIsRecordedForABitForBitReRender() throws Exception {
        Path origin = tmp.resolve("catalog-repo");
        RevCommit tagged = commitCatalog(origin, "v1");
        String url = origin.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");
        Path first = tmp.resolve("out/first");
        List<String> args = List.of("--no-git", "--catalog", url + "#v1");

        CliRun run = CliRun.run(concat(List.of("new", first.toString(), "--defaults"), args));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(first.resolve(".scaffold/answers.json")).content()
                .contains("\"catalog\" : \"" + url + "\"", "\"commit\" : \"" + tagged.name() + "\"", "\"version\" : \"2.0.0\"");

        // The catalog moves on; re-rendering from the answers file still uses the recorded commit.
        Files.writeString(origin.resolve("archetypes/org-svc/files/README.md.ftl"), "changed [=name]\n");
        try (Git git = Git.open(origin.toFile())) {
            git.commit().setAll(true).setMessage("change").setAuthor(ident()).setCommitter(ident()).setSign(false).call();
        }
        Path again = tmp.resolve("out/again/first");
        CliRun rerun = CliRun.run("new", again.toString(), "--defaults", "--no-git",
                "--answers", first.resolve(".scaffold/answers.json").toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(NewCommandTest.contents(again)).isEqualTo(NewCommandTest.contents(first));
    }

    @Test
    void anUnreachableGitCatalogNamesTheSourceAndWritesNothing() {
        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults",
                "--catalog", "file:///nonexistent/catalog.git#v1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("scaffold: --catalog: cannot clone file:///nonexistent/catalog.git#v1: ");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aFolderWithoutCatalogJsonIsRefused() {
        CliRun run = CliRun.run("list", "--catalog", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: --catalog: " + tmp + ": no catalog.json in that folder\n");
    }

    @Test
    void aMalformedOrgCatalogNamesTheFileAndField() throws IOException {
        copy(TestCatalogs.root("org"), tmp.resolve("broken"));
        Files.writeString(tmp.resolve("broken/catalog.json"), "{\"archetypes\": [{\"id\": \"x\"}]}");

        CliRun run = CliRun.run("list", "--catalog", tmp.resolve("broken").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: catalog.json: archetypes[0]: field 'path' is required and must be a non-empty string\n");
    }

    /** The org fixture with org-svc at 3.0.0 and its own uid default: a team catalog layered over the org's. */
    private String teamCatalog() throws IOException {
        Path team = tmp.resolve("team");
        copy(TestCatalogs.root("org"), team);
        Files.writeString(team.resolve("catalog.json"), Files.readString(team.resolve("catalog.json"))
                .replace("\"name\": \"acme\",\n  \"default\"", "\"name\": \"team\",\n  \"default\"")
                .replace("\"registry\": \"registry.acme.example/team\", ", ""). replace("20000", "30000"));
        Path manifest = team.resolve("archetypes/org-svc/archetype.json");
        Files.writeString(manifest, Files.readString(manifest).replace("2.0.0", "3.0.0").replace("Acme's own", "The team's"));
        return team.toString();
    }

    @Test
    void severalCatalogsLayerLaterOverEarlierAndListNamesEachArchetypesCatalog() throws IOException {
        String team = teamCatalog();
        CliRun run = CliRun.run("list", "--json", "--catalog", ORG, "--catalog", team);

        assertThat(run.exitCode()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        // every built-in archetype plus the team's org-svc (which replaces the org catalog's)
        assertThat(list.findValuesAsText("catalog"))
                .hasSize(dev.scaffold.catalog.BuiltinCatalog.load().archetypes().size() + 1).containsOnly("builtin", team);
        assertThat(find(list, "org-svc").path("version").asText()).isEqualTo("3.0.0");
        assertThat(find(list, "org-svc").path("catalog").asText()).isEqualTo(team);
        assertThat(find(list, "python-fastapi-uv").path("catalog").asText()).isEqualTo("builtin");
    }

    @Test
    void layeredOrgSettingsMergePerKeyAndTheAnswersFileRecordsEveryLayer() throws IOException {
        String team = teamCatalog();
        Path repo = tmp.resolve("svc");
        CliRun run = CliRun.run("new", repo.toString(), "--defaults", "--no-git", "-a", "python-fastapi-uv",
                "--catalog", ORG, "--catalog", team);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(repo.resolve(".scaffold/answers.json")).content()
                .contains("\"uid\" : 30000", "\"registry\" : \"registry.acme.example/team\"",
                        "\"catalogs\" : [ \"" + ORG + "\", \"" + team + "\" ]");
    }

    @Test
    void theConfigFileNamesCatalogsAndTheEnvironmentAndFlagsOverrideIt() throws IOException {
        String team = teamCatalog();
        Path config = tmp.resolve("config/scaffold/config.json");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "{\"catalogs\": [\"" + ORG + "\"]}");
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString()));

        assertThat(CliRun.withEnv(env, "list").out()).containsPattern("org-svc\\s+2\\.0\\.0");
        env.put("SCAFFOLD_CATALOG", team);
        assertThat(CliRun.withEnv(env, "list").out()).containsPattern("org-svc\\s+3\\.0\\.0");
        assertThat(CliRun.withEnv(env, "list", "--catalog", ORG).out()).containsPattern("org-svc\\s+2\\.0\\.0");
    }

    @Test
    void aBrokenConfigFileIsNamedButNotReadWhenAFlagNamesTheCatalogs() throws IOException {
        Path config = tmp.resolve("config/scaffold/config.json");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "{\"catalogs\": {}}");
        java.util.Map<String, String> env = java.util.Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString());

        CliRun broken = CliRun.withEnv(env, "list");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).isEqualTo("scaffold: " + config + ": field 'catalogs' must be an array of catalog specs"
                + " (folders, git or catalog.json URLs)\n");
        assertThat(CliRun.withEnv(env, "list", "--catalog", ORG).exitCode()).isZero();
    }

    @Test
    void aCatalogErrorNamesWhereTheSpecCameFrom() {
        CliRun run = CliRun.withEnv(java.util.Map.of("SCAFFOLD_CATALOG", tmp.resolve("nowhere").toString()), "list");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: $SCAFFOLD_CATALOG: " + tmp.resolve("nowhere") + ": no catalog.json in that folder\n");
    }

    @Test
    void reRenderingUsesTheRecordedCatalogsEvenWhenTheEnvironmentNamesOthers() throws IOException {
        String policy = TestCatalogs.root("acme-policy").toString();
        Path first = tmp.resolve("out/svc");
        assertThat(CliRun.run("new", first.toString(), "--defaults", "--no-git", "-a", "python-fastapi-uv", "--catalog", policy)
                .exitCode()).isZero();

        Path again = tmp.resolve("again/svc");
        CliRun rerun = CliRun.withEnv(java.util.Map.of("SCAFFOLD_CATALOG", ORG), "new", again.toString(), "--defaults", "--no-git",
                "--answers", first.resolve(".scaffold/answers.json").toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(again.resolve(".github/workflows/ci.yml")).content().contains("runs-on: acme-linux-x64");
        assertThat(NewCommandTest.contents(again)).isEqualTo(NewCommandTest.contents(first));
    }

    private static com.fasterxml.jackson.databind.JsonNode find(com.fasterxml.jackson.databind.JsonNode list, String id) {
        for (com.fasterxml.jackson.databind.JsonNode entry : list) {
            if (entry.path("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private static RevCommit commitCatalog(Path repo, String tag) throws IOException, GitAPIException {
        copy(TestCatalogs.root("org"), repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            RevCommit commit = git.commit().setMessage("catalog").setAuthor(ident()).setCommitter(ident()).setSign(false).call();
            git.tag().setName(tag).setObjectId(commit).setAnnotated(false).call();
            return commit;
        }
    }

    private static PersonIdent ident() {
        return new PersonIdent("Test", "test@example.org");
    }

    private static void copy(Path from, Path to) throws IOException {
        TestCatalogs.copy(from, to);
    }

    private static String[] concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
