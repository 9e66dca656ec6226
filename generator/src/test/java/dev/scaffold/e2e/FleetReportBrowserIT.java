package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.fleet.TestFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of {@code scaffold fleet status --html}, made by the jar from a fleet of real bare repositories, opened
 * in a real browser (Debian's Chromium driven by playwright-core, e2e/fleet-report.mjs) from file:// with no
 * server: no console or page errors, no request outside the file, the table, both charts, the filters and a
 * chart bar that filters. Screenshots: target/fleet-screenshots/.
 */
class FleetReportBrowserIT {
    @TempDir
    Path tmp;

    @Test
    void theHtmlReportShowsTheFleetInABrowserWithoutErrors() throws Exception {
        EndToEnd.requireTools("node", "chromium", "java");
        if (!Files.isDirectory(EndToEnd.REPO.resolve(".ci/node_modules/playwright-core"))) {
            EndToEnd.requireTools("playwright-core-in-.ci/node_modules");
        }
        TestFleet fleet = TestFleet.create(tmp.resolve("fleet"));
        List<String> urls = new ArrayList<>();
        urls.add(fleet.generate("a-current", "v2"));
        urls.add(fleet.generate("b-behind", "v1"));
        urls.add(fleet.generate("c-failing", "v2"));
        fleet.userCommit("c-failing", "no healthcheck", work -> Files.writeString(work.resolve("Dockerfile"),
                Files.readString(work.resolve("Dockerfile")).replaceAll("(?m)^HEALTHCHECK.*(\\\\\\n.*)*\\n", "")));
        urls.add(fleet.plain("d-plain"));
        urls.add("file://" + fleet.remotes.resolve("e-missing.git"));
        urls.add("git@git.acme.example:team/<script>alert(1)</script>.git");
        Path page = tmp.resolve("fleet.html");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_CACHE_HOME", tmp.resolve("xdg-cache").toString(), "SCAFFOLD_CATALOG", "");

        EndToEnd.Result status = EndToEnd.run(tmp, "fleet-status-html", 5, env, "java", "-jar", System.getProperty("scaffold.jar"),
                "fleet", "status", "--repos", fleet.list(urls).toString(), "--cache", tmp.resolve("cache").toString(),
                "--html", page.toString());
        assertThat(status.exitCode()).as(status.output()).isEqualTo(4);
        assertThat(page).content().doesNotContain("<script src", "<link", "src=\"http", "href=\"http", "url(", "<script>alert");

        Path shots = Files.createDirectories(EndToEnd.BUILD.resolve("fleet-screenshots"));
        String out = EndToEnd.succeed(EndToEnd.REPO, "fleet-report-browser", 3, Map.of(), "node", "e2e/fleet-report.mjs",
                page.toString(), shots.toString());
        JsonNode seen = new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
        System.out.println("[e2e fleet-report] " + seen);

        assertThat(seen.get("consoleErrors")).as("console errors").isEmpty();
        assertThat(seen.get("pageErrors")).as("page errors").isEmpty();
        assertThat(seen.get("externalRequests")).as("requests outside the page").isEmpty();
        assertThat(seen.get("summary").asText()).isEqualTo("6 repositories1 ok1 behind1 failing a rule3 unreadable");
        assertThat(seen.get("rows")).hasSize(6);
        assertThat(seen.get("rows").get(0).get(0).asText()).isEqualTo(urls.get(0));
        assertThat(seen.get("rows").get(0).get(4).asText()).isEqualTo("ok");
        assertThat(seen.get("rows").get(5).get(0).asText()).as("markup in data is shown as text").isEqualTo(urls.get(5));
        assertThat(texts(seen.get("versionBars"))).containsExactly("(unreadable): 3", "org-go 1.0.0: 1", "org-go 2.0.0: 2");
        assertThat(texts(seen.get("ruleBars"))).containsExactly("SC003: 1");
        assertThat(texts(seen.get("errorRows"))).containsExactly(urls.get(3), urls.get(4), urls.get(5));
        assertThat(texts(seen.get("searchRows"))).containsExactly(urls.get(2));
        assertThat(seen.get("ruleFilter").asText()).isEqualTo("SC003");
        assertThat(texts(seen.get("ruleBarRows"))).containsExactly(urls.get(2));
        assertThat(seen.get("versionFilter").asText()).isEqualTo("(unreadable)");
        assertThat(seen.get("count").asText()).isEqualTo("3 of 6 shown");
        assertThat(shots.resolve("fleet-report.png")).isNotEmptyFile();
        assertThat(shots.resolve("fleet-report-filtered.png")).isNotEmptyFile();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
