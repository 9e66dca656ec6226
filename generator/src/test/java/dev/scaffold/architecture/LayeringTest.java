package dev.scaffold.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture a newcomer should see: picocli stays in the CLI, and the edges (CLI, and any other
 * front added later) reach the pipeline only through the application service, so none can skip a step.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("generator/src/main/java/dev/scaffold");

    /** Pipeline steps an edge must not call directly: it asks {@code dev.scaffold.app.ScaffoldService}. */
    private static final List<String> PIPELINE_STEPS = List.of(
            "import dev.scaffold.generate.Generator;", "import dev.scaffold.write.TreeWriter;",
            "import dev.scaffold.git.GitCommitter;", "import dev.scaffold.answers.AnswerResolver;",
            "import dev.scaffold.project.ProjectRules;", "import dev.scaffold.render.");

    @Test
    void onlyTheCliPackageImportsPicocli() throws IOException {
        assertThat(sourcesImporting("import picocli.")).isNotEmpty()
                .allSatisfy(file -> assertThat(file).startsWith(MAIN.resolve("cli")));
    }

    @Test
    void theApplicationServiceCallsThePipelineSteps() throws IOException {
        assertThat(sourcesImporting("import dev.scaffold.generate.Generator;")).contains(MAIN.resolve("app/ScaffoldService.java"));
    }

    @Test
    void theCliReachesThePipelineOnlyThroughTheApplicationService() throws IOException {
        for (String step : PIPELINE_STEPS) {
            assertThat(sourcesImporting(step)).as("edges importing %s", step)
                    .noneMatch(file -> file.startsWith(MAIN.resolve("cli")));
        }
    }

    private static List<Path> sourcesImporting(String importLine) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> contains(f, importLine)).toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
