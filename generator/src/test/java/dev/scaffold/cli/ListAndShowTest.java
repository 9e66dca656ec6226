package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ListAndShowTest {
    @Test
    void listShowsIdVersionAndDescription() {
        CliRun run = CliRun.run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ID", "VERSION", "CATALOG", "DESCRIPTION")
                .containsPattern("python-fastapi-uv\\s+0\\.2\\.0\\s+builtin\\s+FastAPI");
    }

    @Test
    void listAsJsonIsMachineReadable() throws Exception {
        JsonNode list = new ObjectMapper().readTree(CliRun.run("list", "--json").out());

        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).get("id").asText()).isEqualTo("python-fastapi-uv");
        assertThat(list.get(0).get("version").asText()).isEqualTo("0.2.0");
    }

    @Test
    void showListsQuestionsWithDefaultsChoicesAndFlags() {
        CliRun run = CliRun.run("show", "python-fastapi-uv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("python_version", "choices: 3.11, 3.12, 3.13", "default: python:{python_version}-slim-bookworm",
                "set with: --port", "set with: -d workers=VALUE", "range: 1-65535");
    }

    @Test
    void showOfAnUnknownArchetypeListsTheValidOnes() {
        CliRun run = CliRun.run("show", "cobol");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("scaffold: --archetype: unknown archetype 'cobol'; choose one of: "
                + dev.scaffold.catalog.BuiltinCatalog.load().ids() + "\n");
    }
}
