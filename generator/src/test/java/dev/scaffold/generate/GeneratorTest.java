package dev.scaffold.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.FileRules;
import dev.scaffold.catalog.Origin;
import dev.scaffold.catalog.VerifyRecipe;
import dev.scaffold.error.GenerationException;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation runs the same rules as {@code scaffold check}: an archetype cannot render what check would fail. */
class GeneratorTest {
    private static final String DOCKERFILE = """
            FROM python:3.12-slim AS build
            RUN echo build
            FROM python:3.12-slim
            EXPOSE [=port?c]
            HEALTHCHECK CMD ["python", "-c", "probe('http://127.0.0.1:[=port?c]/health')"]
            USER 10001:10001
            CMD ["python", "-m", "app"]
            """;

    private static ProjectTree generate(Path dir, String dockerfile) throws IOException {
        Path files = dir.resolve("files");
        Files.createDirectories(files.resolve("dot-scaffold"));
        Files.writeString(files.resolve("Dockerfile.ftl"), dockerfile);
        Files.writeString(files.resolve("dot-dockerignore"), ".git\n.env\n.venv\nnode_modules\n");
        Path builtinTemplates = BuiltinCatalog.root().resolve("templates");
        Archetype archetype = new Archetype("plain", "0.1.0", "plain", "python", List.of(), FileRules.NONE,
                VerifyRecipe.NONE, files, new Origin("test", null, List.of(builtinTemplates)));
        return new Generator().generate(new ProjectDescription(archetype, "0.0.0",
                Map.of("name", "demo", "port", 8000L, "health_path", "/health", "registry", "ghcr.io/acme")));
    }

    @Test
    void aRepositoryThatPassesCheckIsGeneratedWithTheSharedFiles(@TempDir Path dir) throws IOException {
        ProjectTree tree = generate(dir, DOCKERFILE);

        assertThat(tree.files()).containsKeys("Dockerfile", "docker-compose.build.yml", ".github/dependabot.yml",
                ".github/workflows/release.yml");
        assertThat(tree.text(".github/workflows/release.yml").orElseThrow())
                .containsPattern("uses: docker/build-push-action@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+\n");
    }

    @Test
    void aNamedRuntimeUserFailsGenerationWithTheCheckRule(@TempDir Path dir) {
        assertThatThrownBy(() -> generate(dir, DOCKERFILE.replace("USER 10001:10001", "USER app")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("archetype plain rendered a repository that scaffold check fails")
                .hasMessageContaining("Dockerfile:6: SC013 the last USER is 'app'");
    }

    @Test
    void aDockerfileThatDisagreesWithTheAnsweredPortFailsGeneration(@TempDir Path dir) {
        assertThatThrownBy(() -> generate(dir, DOCKERFILE.replace("EXPOSE [=port?c]", "EXPOSE 9000")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("SC010 EXPOSE 9000 but the service listens on 8000");
    }

    @Test
    void aRuntimeStageWithoutAHealthcheckFailsGeneration(@TempDir Path dir) {
        assertThatThrownBy(() -> generate(dir, DOCKERFILE.replaceAll("HEALTHCHECK.*\n", "")))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("SC003");
    }

    @Test
    void aRuleTheArchetypeSwitchesOffWithAReasonInTheRepositoryItGeneratesIsNotApplied(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("files/dot-scaffold"));
        Files.writeString(dir.resolve("files/dot-scaffold/check.json"),
                "{\"disable\": {\"SC013\": \"the platform maps the named user itself\"}}\n");

        ProjectTree tree = generate(dir, DOCKERFILE.replace("USER 10001:10001", "USER app"));

        assertThat(tree.text("Dockerfile").orElseThrow()).contains("USER app");
        assertThat(tree.files()).containsKey(".scaffold/check.json");
    }
}
