package dev.scaffold.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.TestCatalogs;
import dev.scaffold.catalog.Question;
import dev.scaffold.error.InputException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerResolverTest {
    private final List<Question> questions = TestCatalogs.load("mini").archetype("demo").questions();
    private final StringWriter shown = new StringWriter();

    private static AnswerSources sources(Map<String, String> flags, Map<String, String> file) {
        return new AnswerSources(flags, file, "answers.json", Map.of(), id -> "--" + id);
    }

    private Prompter typed(String lines, boolean terminal) {
        return new TextPrompter(new BufferedReader(new StringReader(lines)), new PrintWriter(shown), terminal);
    }

    @Test
    void flagsBeatTheAnswersFileWhichBeatsPromptsWhichBeatDefaults() {
        Map<String, Object> answers = new AnswerResolver(typed("postgres\n", false)).resolve(questions,
                sources(Map.of("name", "from-flag"), Map.of("name", "from-file", "port", "7000")));

        assertThat(answers).containsEntry("name", "from-flag").containsEntry("port", 7000L)
                .containsEntry("database", "postgres").containsEntry("db_version", "16");
    }

    @Test
    void pipedLinesAnswerInOrderAndAnEmptyLineTakesTheDefault() {
        Map<String, Object> answers = new AnswerResolver(typed("svc\n\n2\n15\n", false))
                .resolve(questions, sources(Map.of(), Map.of()));

        assertThat(answers).containsEntry("name", "svc").containsEntry("port", 9000L)
                .containsEntry("database", "postgres").containsEntry("db_version", "15")
                .containsEntry("image", "python:15-x");
    }

    @Test
    void aQuestionWhoseConditionFailsIsNotAskedNorRecorded() {
        Map<String, Object> answers = new AnswerResolver(Prompter.NONE)
                .resolve(questions, sources(Map.of("name", "a"), Map.of()));

        assertThat(answers).doesNotContainKey("db_version").containsKeys("name", "port", "database", "image");
    }

    @Test
    void aTerminalAsksAgainAfterAnInvalidAnswerAndSaysWhy() {
        Map<String, Object> answers = new AnswerResolver(typed("Bad Name\nok\nabc\n80\n8080\n", true))
                .resolve(questions, sources(Map.of(), Map.of()));

        assertThat(answers).containsEntry("name", "ok").containsEntry("port", 8080L);
        assertThat(shown.toString())
                .contains("name must be lower-case (got 'Bad Name'); try again")
                .contains("port must be an integer from 1024 to 65535 (got 'abc'); try again")
                .contains("port must be an integer from 1024 to 65535 (got 80); try again")
                .contains("Port [9000]: ");
    }

    @Test
    void anInvalidPipedAnswerFailsNamingTheQuestionAndTheRule() {
        AnswerResolver resolver = new AnswerResolver(typed("ok\n99999\n", false));

        assertThatThrownBy(() -> resolver.resolve(questions, sources(Map.of(), Map.of())))
                .isInstanceOf(InputException.class)
                .hasMessage("port: must be an integer from 1024 to 65535 (got 99999)");
    }

    @Test
    void aMissingRequiredValueNamesTheFlagToPass() {
        assertThatThrownBy(() -> new AnswerResolver(Prompter.NONE).resolve(questions, sources(Map.of(), Map.of())))
                .isInstanceOf(InputException.class)
                .hasMessage("name: a value is required and there is no default; pass --name");
    }

    @Test
    void anInvalidFlagValueNamesTheFlag() {
        assertThatThrownBy(() -> new AnswerResolver(Prompter.NONE)
                .resolve(questions, sources(Map.of("name", "x", "database", "mysql"), Map.of())))
                .hasMessage("--database: must be one of none, postgres (got 'mysql')");
    }

    @Test
    void anInvalidFileValueNamesTheFileAndTheField() {
        assertThatThrownBy(() -> new AnswerResolver(Prompter.NONE)
                .resolve(questions, sources(Map.of("name", "x"), Map.of("port", "http"))))
                .hasMessage("answers.json: answers.port: must be an integer from 1024 to 65535 (got 'http')");
    }

    @Test
    void anUnknownKeyListsTheQuestionsOfTheArchetype() {
        assertThatThrownBy(() -> new AnswerResolver(Prompter.NONE)
                .resolve(questions, sources(Map.of("name", "x", "colour", "red"), Map.of())))
                .hasMessage("-d/--set: unknown question 'colour'; this archetype asks: name, port, database, db_version, image");
    }

    @Test
    void choicesAreNumberedAndMayBeAnsweredByNumber() {
        new AnswerResolver(typed("x\n\n2\n\n\n", true)).resolve(questions, sources(Map.of(), Map.of()));

        assertThat(shown.toString()).contains("Database:\n  1) none\n  2) postgres\nChoose [none]: ");
    }
}
