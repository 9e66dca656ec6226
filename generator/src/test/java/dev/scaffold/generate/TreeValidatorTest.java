package dev.scaffold.generate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.GenerationException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeValidatorTest {
    private static final Map<String, Object> MODEL = Map.of("port", 8000L, "user", "app", "uid", 10001L,
            "health_path", "/health");
    private static final String DOCKERFILE = """
            FROM python:3.12-slim AS build
            FROM python:3.12-slim
            EXPOSE 8000
            HEALTHCHECK CMD ["python", "-c", "probe('http://127.0.0.1:8000/health')"]
            USER app
            """;

    private static ProjectTree tree(String... pathsAndTexts) {
        ProjectTree tree = new ProjectTree();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tree.add(pathsAndTexts[i], new GeneratedFile(pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8), false));
        }
        return tree;
    }

    @Test
    void acceptsAConsistentTree() {
        assertThatCode(() -> new TreeValidator().validate(tree("Dockerfile", DOCKERFILE,
                "docker-compose.dev.yml", "ports: ['8000:8000'] # /health"), MODEL)).doesNotThrowAnyException();
    }

    @Test
    void refusesPathsThatLeaveTheProject() {
        for (String path : new String[] {"../x", "/etc/passwd", "a/../../b", "a//b", ".git/config", "C:\\x"}) {
            assertThatThrownBy(() -> new TreeValidator().validate(tree(path, "x"), Map.of()))
                    .isInstanceOf(GenerationException.class)
                    .hasMessageContaining("'" + path + "' is not a plain relative path");
        }
    }

    @Test
    void refusesLeftoverTemplateSyntaxWithFileAndLine() {
        assertThatThrownBy(() -> new TreeValidator().validate(tree("README.md", "ok\nport [=port]\n"), Map.of()))
                .hasMessageContaining("README.md:2: unrendered template syntax '[='");
        assertThatThrownBy(() -> new TreeValidator().validate(tree("a.yml", "<#if x>\n"), Map.of()))
                .hasMessageContaining("a.yml:1: unrendered template syntax '<#'");
    }

    @Test
    void leavesTheBytesOfCopiedFilesAlone() {
        ProjectTree tree = new ProjectTree();
        tree.add("mvnw.cmd", new GeneratedFile("@REM <# : batch portion\r\n".getBytes(StandardCharsets.UTF_8), false, false));
        assertThatCode(() -> new TreeValidator().validate(tree, Map.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesADockerfileThatDisagreesWithTheAnswers() {
        String drifted = DOCKERFILE.replace("EXPOSE 8000", "EXPOSE 9000").replace("USER app", "USER root");

        assertThatThrownBy(() -> new TreeValidator().validate(tree("Dockerfile", drifted), MODEL))
                .hasMessageContaining("EXPOSE does not match the port 8000")
                .hasMessageContaining("the last USER is 'root'");
    }

    @Test
    void refusesAComposeFileWithoutTheHealthPath() {
        assertThatThrownBy(() -> new TreeValidator().validate(tree("docker-compose.dev.yml", "ports: ['8000:8000']"), MODEL))
                .hasMessageContaining("docker-compose.dev.yml: does not use the health path /health");
    }
}
