package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.scaffold.TestCatalogs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog published as static files: an http(s) URL of its catalog.json, which lists every file it needs. */
class UrlCatalogTest {
    private static final String INDEX = "\"files\": [\"archetypes/org-svc/archetype.json\","
            + " \"archetypes/org-svc/files/README.md.ftl\", \"archetypes/org-svc/files/src/[=package_name]/app.txt\"],";

    @TempDir
    Path tmp;

    private HttpServer server;
    private Path site;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private Map<String, String> env;

    @BeforeEach
    void serveTheOrgCatalog() throws IOException {
        site = tmp.resolve("site");
        Path catalog = TestCatalogs.copy(TestCatalogs.root("org"), site.resolve("v2"));
        Files.createDirectories(catalog.resolve("archetypes/org-svc/files/src/[=package_name]"));
        Files.writeString(catalog.resolve("archetypes/org-svc/files/src/[=package_name]/app.txt"), "served\n");
        Files.writeString(catalog.resolve("catalog.json"), Files.readString(catalog.resolve("catalog.json")).replaceFirst("\\{", "{" + INDEX));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            Path file = site.resolve(path.substring(1)).normalize();
            byte[] body = file.startsWith(site) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        env = Map.of("XDG_CONFIG_HOME", tmp.resolve("no-config").toString(), "XDG_CACHE_HOME", tmp.resolve("cache").toString());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aCatalogJsonUrlIsFetchedWithTheFilesItListsAndRendered() throws IOException {
        Path repo = tmp.resolve("out/svc");
        CliRun run = CliRun.withEnv(env, "new", repo.toString(), "--defaults", "--no-git", "--catalog", url("/v2/catalog.json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(repo.resolve("README.md")).hasContent("# svc for registry.acme.example/team\nargs: [\"a\", \"b\"]");
        assertThat(repo.resolve("src/svc/app.txt")).hasContent("served");
        assertThat(repo.resolve(".scaffold/answers.json")).content()
                .contains("\"catalog\" : \"" + url("/v2/catalog.json") + "\"")
                .containsPattern("\"digest\" : \"sha256:[0-9a-f]{64}\"")
                .containsPattern("\"catalogs\" : \\[ \"" + Pattern.quote(url("/v2/catalog.json")) + "#sha256:[0-9a-f]{64}\" ]");
        assertThat(requested).containsExactly("/v2/catalog.json", "/v2/archetypes/org-svc/archetype.json",
                "/v2/archetypes/org-svc/files/README.md.ftl", "/v2/archetypes/org-svc/files/src/[=package_name]/app.txt");
    }

    @Test
    void reRenderingFromTheAnswersFileGetsTheSameBytesWhileTheServedContentIsUnchanged() throws IOException {
        Path first = tmp.resolve("out/first");
        assertThat(CliRun.withEnv(env, "new", first.toString(), "--defaults", "--no-git", "--catalog", url("/v2/catalog.json")).exitCode())
                .isZero();
        Path again = tmp.resolve("again/first");
        // Each run fetches into a folder of its own (removed when its JVM ends): the first run's is still here.
        String[] cachedBefore = tmp.resolve("cache/scaffold/catalogs").toFile().list();

        CliRun rerun = CliRun.withEnv(env, "new", again.toString(), "--defaults", "--no-git",
                "--answers", first.resolve(".scaffold/answers.json").toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(NewCommandTest.contents(again)).isEqualTo(NewCommandTest.contents(first));
    }

    @Test
    void aServedFileThatChangedAfterGenerationIsRefusedWhenReRenderingAndNothingIsWritten() throws IOException {
        Path first = tmp.resolve("out/first");
        assertThat(CliRun.withEnv(env, "new", first.toString(), "--defaults", "--no-git", "--catalog", url("/v2/catalog.json")).exitCode())
                .isZero();
        String pinned = new ObjectMapper().readTree(first.resolve(".scaffold/answers.json").toFile()).at("/archetype/digest").asText();
        Files.writeString(site.resolve("v2/archetypes/org-svc/files/src/[=package_name]/app.txt"), "served, then changed\n");
        Path again = tmp.resolve("again/first");
        // Each run fetches into a folder of its own (removed when its JVM ends): the first run's is still here.
        String[] cachedBefore = tmp.resolve("cache/scaffold/catalogs").toFile().list();

        CliRun rerun = CliRun.withEnv(env, "new", again.toString(), "--defaults", "--no-git",
                "--answers", first.resolve(".scaffold/answers.json").toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(2);
        assertThat(rerun.err()).startsWith("scaffold: " + first.resolve(".scaffold/answers.json") + ": " + url("/v2/catalog.json")
                + ": the catalog has changed since it was pinned: expected " + pinned + ", served sha256:");
        assertThat(rerun.err().lines().count()).isEqualTo(1);
        assertThat(tmp.resolve("again")).doesNotExist();
        assertThat(tmp.resolve("cache/scaffold/catalogs").toFile().list()).containsExactlyInAnyOrder(cachedBefore);
    }

    @Test
    void checkSaysTheRecordedCatalogChangedAndHowToCheckAgainstItsCurrentPolicy() throws IOException {
        Path repo = tmp.resolve("out/svc");
        assertThat(CliRun.withEnv(env, "new", repo.toString(), "--defaults", "--no-git", "--catalog", url("/v2/catalog.json")).exitCode())
                .isZero();
        Files.writeString(site.resolve("v2/archetypes/org-svc/files/README.md.ftl"), "changed\n");

        CliRun pinned = CliRun.withEnv(env, "check", repo.toString());
        CliRun current = CliRun.withEnv(env, "check", repo.toString(), "--catalog", url("/v2/catalog.json"));

        assertThat(pinned.exitCode()).as(pinned.err()).isEqualTo(2);
        assertThat(pinned.err()).contains(": the catalog has changed since it was pinned: ")
                .endsWith("; pass --catalog " + url("/v2/catalog.json") + " to use what it serves now\n");
        assertThat(current.exitCode()).as(current.err() + current.out()).isNotEqualTo(2);
    }

    @Test
    void aPinThatIsNotAContentDigestIsRefusedWithTheForm() {
        assertRefused(url("/v2/catalog.json#v2"), "scaffold: --catalog: " + url("/v2/catalog.json#v2") + ": a catalog.json URL can only"
                + " be pinned to its content, as #sha256:<64 lower-case hex digits> (git refs need a git repository URL)\n");
        assertThat(requested).isEmpty();
    }

    @Test
    void listShowsTheUrlAsTheArchetypesCatalog() {
        CliRun run = CliRun.withEnv(env, "list", "--catalog", url("/v2/catalog.json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("org-svc\\s+2\\.0\\.0\\s+" + java.util.regex.Pattern.quote(url("/v2/catalog.json")));
    }

    @Test
    void aMissingCatalogJsonNamesTheUrlAndWritesNothing() {
        assertRefused(url("/v9/catalog.json"), "scaffold: --catalog: " + url("/v9/catalog.json") + ": HTTP 404\n");
    }

    @Test
    void aListedFileThatIsMissingNamesItsUrl() throws IOException {
        Files.delete(site.resolve("v2/archetypes/org-svc/files/README.md.ftl"));

        assertRefused(url("/v2/catalog.json"), "scaffold: --catalog: " + url("/v2/archetypes/org-svc/files/README.md.ftl")
                + " (listed in " + url("/v2/catalog.json") + "): HTTP 404\n");
        assertThat(tmp.resolve("cache/scaffold/catalogs")).isEmptyDirectory();
    }

    @Test
    void malformedJsonNamesTheUrlAndThePlace() throws IOException {
        Files.writeString(site.resolve("v2/catalog.json"), "{\"archetypes\": [");

        CliRun run = refused(url("/v2/catalog.json"));
        assertThat(run.err()).startsWith("scaffold: --catalog: " + url("/v2/catalog.json") + ": not valid JSON at line 1");
    }

    @Test
    void aCatalogWithoutAFilesIndexIsRefusedWithTheReason() throws IOException {
        Files.writeString(site.resolve("v2/catalog.json"), Files.readString(site.resolve("v2/catalog.json")).replace(INDEX, ""));

        CliRun run = refused(url("/v2/catalog.json"));
        assertThat(run.err()).startsWith("scaffold: --catalog: " + url("/v2/catalog.json")
                + ": field 'files' is required for a catalog served over HTTP(S)");
    }

    @Test
    void aFilesEntryThatLeavesTheCatalogIsRefusedBeforeItIsFetched() throws IOException {
        Files.writeString(site.resolve("v2/catalog.json"), Files.readString(site.resolve("v2/catalog.json"))
                .replace("\"archetypes/org-svc/archetype.json\"", "\"../secret.txt\""));

        CliRun run = refused(url("/v2/catalog.json"));
        assertThat(run.err()).contains("files: '../secret.txt' must be a relative path inside the catalog");
        assertThat(requested).containsExactly("/v2/catalog.json");
    }

    @Test
    void anUnreachableServerNamesTheUrl() {
        String dead = url("/v2/catalog.json");
        server.stop(0);

        CliRun run = refused(dead);
        assertThat(run.err()).startsWith("scaffold: --catalog: " + dead + ": cannot be fetched");
    }

    @Test
    void plainHttpToAnyHostButLocalhostIsRefusedWithoutConnecting() {
        assertRefused("http://catalog.acme.example/catalog.json", "scaffold: --catalog: http://catalog.acme.example/catalog.json:"
                + " plain http is accepted only for localhost; use https\n");
        assertRefused("http://catalog.acme.example/catalog.git#v1", "scaffold: --catalog: http://catalog.acme.example/catalog.git#v1:"
                + " plain http is accepted only for localhost; use https\n");
    }

    @Test
    void noNetworkIsTouchedWhenNoRemoteCatalogIsAskedFor() {
        CliRun run = CliRun.withEnv(env, "new", tmp.resolve("out/svc").toString(), "--defaults", "--no-git", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requested).isEmpty();
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    private void assertRefused(String spec, String message) {
        assertThat(refused(spec).err()).isEqualTo(message);
    }

    /** Exit 2, one line, and neither the target nor anything beside it written. */
    private CliRun refused(String spec) {
        Path target = tmp.resolve("out/svc");
        CliRun run = CliRun.withEnv(env, "new", target.toString(), "--defaults", "--no-git", "--catalog", spec);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
        assertThat(tmp.resolve("out")).doesNotExist();
        return run;
    }
}
