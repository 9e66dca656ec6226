package dev.scaffold.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.answers.AnswerResolver;
import dev.scaffold.answers.AnswerSources;
import dev.scaffold.answers.TextPrompter;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.catalog.Question;
import dev.scaffold.error.InputException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cross-field rules are checked when the answer is typed, and the prompt asks again with the reason. */
class ProjectRulesPromptTest {
    private static final OrgSettings ACME = new OrgSettings("acme", Map.of(), List.of("python:3.12"), List.of(), Map.of(),
            OrgSettings.CiSettings.NONE);
    private final Catalog catalog = BuiltinCatalog.load();
    private final Archetype uv = catalog.archetype("python-fastapi-uv");
    private final List<Question> questions = uv.questions().stream()
            .filter(q -> Set.of("name", "base_image", "port").contains(q.id())).toList();
    private final StringWriter shown = new StringWriter();

    private Map<String, Object> typed(String lines, boolean terminal, Map<String, String> flags) {
        TextPrompter prompter = new TextPrompter(new BufferedReader(new StringReader(lines)), new PrintWriter(shown), terminal);
        return new AnswerResolver(prompter).resolve(questions,
                new AnswerSources(flags, Map.of(), "answers.json", Map.of(), id -> "--" + id.replace('_', '-')),
                new ProjectRules(catalog.family(uv), false, ACME));
    }

    @Test
    void aTerminalAsksAgainForAReservedNameAForeignOrUnallowedImageAndAPrivilegedPort() {
        Map<String, Object> answers = typed("test\nsvc\nnode:22\ndocker.io/acme/python:3.12\npython:3.12-slim\n80\n8080\n", true,
                Map.of());

        assertThat(answers).containsEntry("name", "svc").containsEntry("base_image", "python:3.12-slim")
                .containsEntry("port", 8080L);
        assertThat(shown.toString())
                .contains("  name 'test' is refused: the Python package name would shadow")
                .contains("  base_image must be a Python image")
                .contains("  base_image 'docker.io/acme/python:3.12' is not allowed by the acme catalog's policy;"
                        + " allowed prefixes: python:3.12; try again")
                .contains("  port 80 is below 1024, and the container runs as a non-root user");
    }

    @Test
    void aPipedAnswerThatBreaksACrossFieldRuleFailsAtOnceNamingTheQuestion() {
        assertThatThrownBy(() -> typed("svc\npython:3.12-slim\n80\n", false, Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("port: 80 is below 1024");
    }

    @Test
    void aFlagThatBreaksARuleFailsBeforeAnyLaterQuestionIsAsked() {
        assertThatThrownBy(() -> typed("", true, Map.of("name", "svc", "base_image", "debian:12")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--base-image: must be a Python image");
        assertThat(shown.toString()).doesNotContain("Port");
    }

    @Test
    void theFinalCheckAppliesTheSameRulesWithTheFlagsName() {
        ProjectDescription description = new ProjectDescription(uv, "0", Map.of("name", "svc", "port", 80L,
                "base_image", "python:3.12-slim"), ACME, List.of());

        assertThatThrownBy(() -> new ProjectRules(catalog.family(uv), false, ACME).check(description))
                .hasMessageStartingWith("--port: 80 is below 1024");
        new ProjectRules(catalog.family(uv), true, ACME).check(description);
    }
}
