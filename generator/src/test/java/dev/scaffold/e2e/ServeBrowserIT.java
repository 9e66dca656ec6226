package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scaffold serve}'s page in a real browser (Debian's Chromium driven by playwright-core, e2e/serve-page.mjs):
 * a `when` field appears, port 80 shows the CLI's message, Explore shows the Dockerfile with the chosen port,
 * Generate downloads a zip. The zip unpacks with unzip into a clean git repository holding one commit with the tree
 * that the page's own `scaffold new` line and its `curl` line produce. Screenshots: target/serve-screenshots/.
 */
class ServeBrowserIT {
    private static final Map<String, String> HERMETIC = Map.of("XDG_CONFIG_HOME", "/nonexistent/scaffold-serve-it",
            "SCAFFOLD_CATALOG", "");

    @TempDir
    Path tmp;

    @Test
    void thePageGeneratesWhatTheCommandLineGenerates() throws Exception {
        EndToEnd.requireTools("node", "chromium", "unzip", "git", "curl", "bash", "java");
        requirePlaywright();
        Path shots = Files.createDirectories(EndToEnd.BUILD.resolve("serve-screenshots"));
        int port = EndToEnd.freePort();
        Process server = startServer(port, EndToEnd.REPORTS.resolve("serve-browser-server.log"));
        try {
            String base = "http://127.0.0.1:" + port;
            waitForHealth(base);
            String out = EndToEnd.succeed(EndToEnd.REPO, "serve-browser", 5, Map.of(), "node", "e2e/serve-page.mjs", base,
                    shots.toString());
            JsonNode seen = new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
            System.out.println("[e2e serve-page] " + seen);
            assertThat(seen.get("postgresHiddenFirst").asBoolean()).as("postgres_version hidden until database=postgres").isTrue();
            assertThat(seen.get("portMessage").asText()).startsWith("port: 80 is below 1024");
            assertThat(seen.get("dockerfileShowsPort").asBoolean()).isTrue();
            assertThat(seen.get("composeHasPostgres").asBoolean()).isTrue();
            assertThat(seen.get("download").asText()).isEqualTo("shop.zip");
            assertThat(seen.get("phoneOverflow").asInt()).as("page wider than a 390 px phone").isLessThanOrEqualTo(0);
            assertThat(seen.get("externalRequests")).as("requests outside the server").isEmpty();
            assertThat(shots.resolve("serve-form.png")).isNotEmptyFile();
            assertThat(shots.resolve("serve-explore.png")).isNotEmptyFile();

            Path fromPage = unzip(shots.resolve("shop.zip"), tmp.resolve("page"));
            String command = seen.get("command").asText();
            assertThat(command).isEqualTo("scaffold new --defaults -a python-fastapi-uv -d database=postgres --name shop --port 8080");
            List<String> cli = new ArrayList<>(List.of("java", "-jar", System.getProperty("scaffold.jar"), "new",
                    tmp.resolve("cli/shop").toString()));
            cli.addAll(List.of(command.substring("scaffold new ".length()).split(" ")));
            EndToEnd.succeed(tmp, "serve-browser-cli", 2, HERMETIC, cli.toArray(String[]::new));
            EndToEnd.succeed(tmp, "serve-browser-curl", 2, Map.of(), "bash", "-c",
                    "set -euo pipefail; mkdir -p curl && cd curl && " + seen.get("curl").asText());
            Path fromCurl = unzip(tmp.resolve("curl/shop.zip"), tmp.resolve("curl-unzipped"));

            String reference = treeAndMessage(tmp.resolve("cli/shop"));
            assertThat(treeAndMessage(fromPage)).isEqualTo(reference);
            assertThat(treeAndMessage(fromCurl)).isEqualTo(reference);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** unzip, then: the work tree is clean and the log holds one commit. */
    private Path unzip(Path zip, Path to) throws IOException {
        Files.createDirectories(to);
        EndToEnd.succeed(to, "serve-unzip", 1, Map.of(), "unzip", "-q", zip.toString());
        Path repo = to.resolve("shop");
        assertThat(EndToEnd.succeed(repo, "serve-git-status", 1, Map.of(), "git", "status", "--porcelain")).isEmpty();
        assertThat(EndToEnd.succeed(repo, "serve-git-log", 1, Map.of(), "git", "log", "--oneline").lines()).hasSize(1);
        assertThat(EndToEnd.succeed(repo, "serve-git-fsck", 1, Map.of(), "git", "fsck", "--strict").strip()).isEmpty();
        assertThat(repo.resolve("Dockerfile")).content().contains("EXPOSE 8080");
        return repo;
    }

    /** The commit's tree id (every file's bytes and mode) and its message. */
    private static String treeAndMessage(Path repo) {
        return EndToEnd.succeed(repo, "serve-git-show", 1, Map.of(), "git", "show", "-s", "--format=%T %B", "HEAD");
    }

    static Process startServer(int port, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", System.getProperty("scaffold.jar"), "serve", "--port",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(HERMETIC);
        return builder.start();
    }

    static void waitForHealth(String base) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int i = 0; i < 100; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("scaffold serve did not answer /health at " + base + " within 20 s");
    }

    private static void requirePlaywright() {
        if (!Files.isDirectory(EndToEnd.REPO.resolve(".ci/node_modules/playwright-core"))) {
            EndToEnd.requireTools("playwright-core-in-.ci/node_modules");
        }
    }
}
