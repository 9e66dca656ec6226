package dev.scaffold.generate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.GenerationException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TreeValidatorTest {

    private static ProjectTree tree(String... pathsAndTexts) {
        ProjectTree tree = new ProjectTree();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tree.add(pathsAndTexts[i], new GeneratedFile(pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8), false));
        }
        return tree;
    }

    @Test
    void acceptsAPlainTree() {
        assertThatCode(() -> new TreeValidator().validate(tree("Dockerfile", "FROM python:3.12-slim\n",
                "docker-compose.dev.yml", "ports: ['8000:8000'] # /health"))).doesNotThrowAnyException();
    }

    @Test
    void refusesPathsThatLeaveTheProject() {
        for (String path : new String[] {"../x", "/etc/passwd", "a/../../b", "a//b", ".git/config", "C:\\x"}) {
            assertThatThrownBy(() -> new TreeValidator().validate(tree(path, "x")))
                    .isInstanceOf(GenerationException.class)
                    .hasMessageContaining("'" + path + "' is not a plain relative path");
        }
    }

    @Test
    void refusesLeftoverTemplateSyntaxWithFileAndLine() {
        assertThatThrownBy(() -> new TreeValidator().validate(tree("README.md", "ok\nport [=port]\n")))
                .hasMessageContaining("README.md:2: unrendered template syntax '[='");
        assertThatThrownBy(() -> new TreeValidator().validate(tree("a.yml", "<#if x>\n")))
                .hasMessageContaining("a.yml:1: unrendered template syntax '<#'");
    }

    @Test
    void leavesTheBytesOfCopiedFilesAlone() {
        ProjectTree tree = new ProjectTree();
        tree.add("mvnw.cmd", new GeneratedFile("@REM <# : batch portion\r\n".getBytes(StandardCharsets.UTF_8), false, false));
        assertThatCode(() -> new TreeValidator().validate(tree)).doesNotThrowAnyException();
    }
}
