package dev.scaffold.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.TestCatalogs;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.FileRules;
import dev.scaffold.catalog.Origin;
import dev.scaffold.catalog.VerifyRecipe;
import dev.scaffold.error.GenerationException;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchetypeRendererTest {
    private final Catalog catalog = TestCatalogs.load("mini");
    private final Archetype demo = catalog.archetype("demo");

    private ProjectTree render(Archetype archetype, Path shared) {
        return render(archetype, shared, Map.of("name", "my-app", "port", 8080L, "database", "none"));
    }

    private ProjectTree render(Archetype archetype, Path shared, Map<String, Object> answers) {
        Archetype withShared = archetype.withOrigin(new Origin("test", null, java.util.List.of(shared)));
        return new ArchetypeRenderer().render(new ProjectDescription(withShared, "0.0.0", answers));
    }

    @Test
    void rendersTemplatesDropsTheSuffixAndTemplatesPathSegments() {
        ProjectTree tree = render(demo, catalog.sharedTemplates());

        assertThat(tree.files().keySet())
                .containsExactly(".config/settings.txt", "README.md", "bin/run.sh", "logo.png", "src/my_app/main.py");
        assertThat(tree.text("src/my_app/main.py")).hasValue("print(\"my-app\")\n");
    }

    @Test
    void rendersAConditionalFolderOnlyWhenItsConditionHolds() {
        ProjectTree tree = render(demo, catalog.sharedTemplates(), Map.of("name", "my-app", "port", 8080L, "database", "postgres"));

        assertThat(tree.text("db/schema.sql")).hasValue("-- schema for my-app\n");
        assertThat(render(demo, catalog.sharedTemplates()).files()).doesNotContainKey("db/schema.sql");
    }

    @Test
    void marksFilesTheManifestListsAsExecutable() {
        ProjectTree tree = render(demo, catalog.sharedTemplates());

        assertThat(tree.files().get("bin/run.sh").executable()).isTrue();
        assertThat(tree.files().get("README.md").executable()).isFalse();
    }

    @Test
    void aFileRuleThatNamesNoFileIsReported(@TempDir Path dir) throws IOException {
        Archetype base = archetypeWith(dir, "a.txt", "a\n");
        Archetype typo = new Archetype("broken", "0", "broken", "test", demo.questions(),
                new FileRules(java.util.List.of("mvnw"), Map.of()), VerifyRecipe.NONE, base.filesRoot(), null);

        assertThatThrownBy(() -> render(typo, dir.resolve("none")))
                .hasMessage("broken/archetype.json: files rule 'mvnw' names no file under files/ or the shared templates/files/");
    }

    @Test
    void importsSharedMacrosAndLeavesDollarBracesAsText() {
        String readme = render(demo, catalog.sharedTemplates()).text("README.md").orElseThrow();

        assertThat(readme).isEqualTo("Hello, my-app! (macro)\nport=8080 big=100000\nliteral=${REGISTRY} ${{ github.sha }}\n");
    }

    @Test
    void copiesOtherFilesByteForByte() throws IOException {
        ProjectTree tree = render(demo, catalog.sharedTemplates());
        Path files = demo.filesRoot();

        assertThat(tree.files().get("logo.png").content()).isEqualTo(Files.readAllBytes(files.resolve("logo.png")));
        assertThat(tree.text(".config/settings.txt")).hasValue("kept ${x} as-is\n");
    }

    @Test
    void rendersTheSameBytesEveryTime() {
        assertThat(render(demo, catalog.sharedTemplates())).isEqualTo(render(demo, catalog.sharedTemplates()));
    }

    @Test
    void aTemplateErrorNamesTheArchetypeTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Archetype broken = archetypeWith(dir, "Dockerfile.ftl", "FROM x\nEXPOSE [=missing_answer]\n");

        assertThatThrownBy(() -> render(broken, dir.resolve("none")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("broken/files/Dockerfile.ftl line 2")
                .hasMessageContaining("missing_answer");
    }

    @Test
    void aTemplateSyntaxErrorNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Archetype broken = archetypeWith(dir, "a.txt.ftl", "ok\n<#if>\n");

        assertThatThrownBy(() -> render(broken, dir.resolve("none")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("broken/files/a.txt.ftl line 2");
    }

    @Test
    void refusesToInstantiateClassesFromATemplate(@TempDir Path dir) throws IOException {
        Archetype hostile = archetypeWith(dir, "x.ftl",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>[=ex(\"id\")]\n");

        assertThatThrownBy(() -> render(hostile, dir.resolve("none")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("x.ftl line 1");
    }

    @Test
    void refusesTheApiBuiltIn(@TempDir Path dir) throws IOException {
        Archetype hostile = archetypeWith(dir, "x.ftl", "[=name?api.getClass()]\n");

        assertThatThrownBy(() -> render(hostile, dir.resolve("none")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("x.ftl line 1");
    }

    @Test
    void anArchetypeInheritsTheSharedFilesAndItsOwnFileOfTheSamePathWins(@TempDir Path dir) throws IOException {
        Archetype own = archetypeWith(dir, "b.txt", "own b\n");
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared.resolve("files/dot-github"));
        Files.writeString(shared.resolve("files/a.txt.ftl"), "shared a for [=name]\n");
        Files.writeString(shared.resolve("files/b.txt.ftl"), "shared b\n");
        Files.writeString(shared.resolve("files/dot-github/x.yml"), "x: 1\n");

        ProjectTree tree = render(own, shared);

        assertThat(tree.files().keySet()).containsExactly(".github/x.yml", "a.txt", "b.txt");
        assertThat(tree.text("a.txt")).hasValue("shared a for my-app\n");
        assertThat(tree.text("b.txt")).hasValue("own b\n");
    }

    @Test
    void actionPinsComeFromTheTemplatesAndALayerAboveOverridesSingleEntries(@TempDir Path dir) throws IOException {
        Archetype own = archetypeWith(dir, "ci.yml.ftl", "uses: [=actions[\"actions/checkout\"]]\nother: [=actions[\"a/b\"]]\n");
        Path builtin = dir.resolve("builtin");
        Path org = dir.resolve("org");
        Files.createDirectories(builtin);
        Files.createDirectories(org);
        Files.writeString(builtin.resolve("actions.json"), """
                {"actions": {"actions/checkout": {"sha": "%s", "version": "v7.0.1"}, "a/b": {"sha": "%s", "version": "v1"}}}
                """.formatted("1".repeat(40), "2".repeat(40)));
        Files.writeString(org.resolve("actions.json"), """
                {"actions": {"actions/checkout": {"uses": "acme/checkout", "sha": "%s", "version": "v7.0.1-acme"}}}
                """.formatted("3".repeat(40)));
        Archetype layered = own.withOrigin(new Origin("test", null, java.util.List.of(builtin)).under(org));

        ProjectTree tree = new ArchetypeRenderer().render(new ProjectDescription(layered, "0.0.0", Map.of("name", "my-app")));

        assertThat(tree.text("ci.yml")).hasValue("uses: acme/checkout@" + "3".repeat(40) + " # v7.0.1-acme\n"
                + "other: a/b@" + "2".repeat(40) + " # v1\n");
    }

    @Test
    void anActionPinThatIsNotAFullCommitShaIsAnInputErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Archetype own = archetypeWith(dir, "x.txt", "x\n");
        Files.writeString(dir.resolve("actions.json"), "{\"actions\": {\"actions/checkout\": {\"sha\": \"v4\", \"version\": \"v4\"}}}");

        assertThatThrownBy(() -> render(own, dir))
                .isInstanceOf(dev.scaffold.error.InputException.class)
                .hasMessage("templates/actions.json: actions.actions/checkout.sha: must be a full 40-character lower-case commit SHA (got 'v4')");
    }

    private Archetype archetypeWith(Path dir, String file, String content) throws IOException {
        Path files = dir.resolve("files");
        Files.createDirectories(files);
        Files.writeString(files.resolve(file), content, StandardCharsets.UTF_8);
        return new Archetype("broken", "0", "broken", "test", demo.questions(), FileRules.NONE, VerifyRecipe.NONE, files, null);
    }
}
