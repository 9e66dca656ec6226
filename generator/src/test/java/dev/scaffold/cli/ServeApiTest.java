package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.TestCatalogs;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogResolver;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.git.Author;
import dev.scaffold.serve.CatalogHolder;
import dev.scaffold.serve.ScaffoldServer;
import dev.scaffold.serve.ServeLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The web API against a server started on a free loopback port, answers compared with `scaffold new`. */
class ServeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static ScaffoldServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = started(BuiltinCatalog.load(), new ServeLimits(16 * 1024, 64, 1024, 8, 2, Duration.ofSeconds(10), Duration.ofSeconds(20)));
        base = "http://127.0.0.1:" + server.address().getPort();
    }

    private static ScaffoldServer started(Catalog catalog, ServeLimits limits) throws IOException {
        CatalogHolder holder = new CatalogHolder(() -> catalog, new PrintStream(LOG, true));
        holder.load();
        return ScaffoldServer.start(new InetSocketAddress("127.0.0.1", 0), holder, limits, Author.FALLBACK,
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void archetypesListsTheCatalogWithItsDefault() throws Exception {
        JsonNode body = json(get("/api/archetypes"), 200);
        assertThat(body.get("default").asText()).isEqualTo("python-fastapi-uv");
        assertThat(body.get("archetypes").findValuesAsText("id")).contains("python-fastapi-uv", "go-http", "java-spring-boot");
    }

    @Test
    void oneArchetypeDescribesItsQuestionsWithOrgDefaultsAndConditions() throws Exception {
        JsonNode body = json(get("/api/archetypes/python-fastapi-uv"), 200);
        Map<String, JsonNode> questions = new HashMap<>();
        body.get("questions").forEach(q -> questions.put(q.get("id").asText(), q));
        assertThat(questions.get("name").get("required").asBoolean()).isTrue();
        assertThat(questions.get("uid").get("default").asText()).isEqualTo("10001");
        assertThat(questions.get("base_image").get("default").asText()).isEqualTo("python:{python_version}-slim-bookworm");
        assertThat(questions.get("postgres_version").get("when").asText()).isEqualTo("database == postgres");
        assertThat(questions.get("database").get("choices").toString()).isEqualTo("[\"none\",\"postgres\"]");
        assertThat(questions.get("port").get("type").asText()).isEqualTo("int");
    }

    @Test
    void generateAnswersWithTheRepositoryScaffoldNewWritesAndCommits(@TempDir Path tmp) throws Exception {
        HttpResponse<byte[]> response = get("/api/generate?archetype=java-spring-boot&name=shop&port=9090&python_version=");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"shop.zip\"");
        Path unzipped = unzip(response.body(), tmp.resolve("zip"));

        Path cli = tmp.resolve("cli/shop");
        CliRun run = CliRun.run("new", cli.toString(), "-a", "java-spring-boot", "--defaults", "--port", "9090", "--author", "scaffold <scaffold@localhost>");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertSameRepository(unzipped.resolve("shop"), cli);
    }

    @Test
    void generateAcceptsJsonAndFormBodiesAndAnswersTarGzOnRequest(@TempDir Path tmp) throws Exception {
        HttpResponse<byte[]> json = post("/api/generate?format=tgz", "application/json",
                "{\"archetype\": \"go-http\", \"name\": \"edge\", \"port\": 8088, \"uid\": 12000}");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/gzip");
        Path dir = Files.createDirectories(tmp.resolve("tgz"));
        Files.write(tmp.resolve("edge.tar.gz"), json.body());
        Process tar = new ProcessBuilder("tar", "-xzf", tmp.resolve("edge.tar.gz").toString(), "-C", dir.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();

        HttpResponse<byte[]> form = post("/api/generate", "application/x-www-form-urlencoded",
                "archetype=go-http&name=edge&port=8088&uid=12000");
        assertThat(form.statusCode()).isEqualTo(200);
        Path fromForm = unzip(form.body(), tmp.resolve("zip"));

        CliRun run = CliRun.run("new", tmp.resolve("cli/edge").toString(), "-a", "go-http", "--defaults", "--port", "8088",
                "--uid", "12000", "--author", "scaffold <scaffold@localhost>");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertSameRepository(dir.resolve("edge"), tmp.resolve("cli/edge"));
        assertSameRepository(fromForm.resolve("edge"), tmp.resolve("cli/edge"));
    }

    @Test
    void previewShowsTheTreeTheContentsAndTheCommandLines() throws Exception {
        JsonNode body = json(post("/api/preview", "application/json",
                "{\"archetype\": \"python-fastapi-uv\", \"name\": \"demo\", \"python_version\": \"3.12\", \"port\": 8081, \"database\": \"postgres\"}"), 200);
        assertThat(body.get("name").asText()).isEqualTo("demo");
        assertThat(body.get("answers").get("postgres_version").asText()).isEqualTo("16");
        Map<String, JsonNode> files = new TreeMap<>();
        body.get("files").forEach(f -> files.put(f.get("path").asText(), f));
        assertThat(files).containsKeys("Dockerfile", "src/demo/db.py", ".scaffold/answers.json");
        assertThat(files.get("Dockerfile").get("text").asText()).contains("EXPOSE 8081");
        assertThat(body.get("command").asText()).isEqualTo(
                "scaffold new --defaults -a python-fastapi-uv -d database=postgres --name demo --port 8081 -d python_version=3.12");
        assertThat(body.get("curl").asText()).isEqualTo("curl -fsSL -o demo.zip '" + base
                + "/api/generate?archetype=python-fastapi-uv&database=postgres&name=demo&port=8081&python_version=3.12'");

        JsonNode treeOnly = json(post("/api/preview?contents=false", "application/x-www-form-urlencoded",
                "name=demo&python_version=3.12"), 200);
        assertThat(treeOnly.get("files").get(0).has("text")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "GET|/api/generate?archetype=go-http&name=demo&port=80|400|port|port: 80 is below 1024",
        "GET|/api/generate?archetype=go-http&name=demo&port=eighty|400|port|port: must be an integer from 1 to 65535 (got 'eighty')",
        "GET|/api/generate?archetype=go-http|400|name|name: a value is required and there is no default",
        "GET|/api/generate?archetype=go-http&name=Demo|400|name|name: must",
        "GET|/api/generate?archetype=go-http&name=demo&colour=red|400||unknown question 'colour'",
        "GET|/api/generate?archetype=go-http&name=demo&format=rar|400|format|format: must be zip or tgz",
        "GET|/api/generate?archetype=go-http&name=demo&name=other|400|name|name: given more than once",
        "GET|/api/generate?archetype=go-http&name=demo&allow_privileged_port=maybe|400|allow_privileged_port|must be true or false",
        "GET|/api/preview?archetype=nope&name=demo|404|archetype|archetype: unknown archetype 'nope'; choose one of: ",
        "GET|/api/archetypes/nope|404|archetype|unknown archetype 'nope'",
        "GET|/no/such/page|404||no such page",
        "DELETE|/api/generate|405||DELETE is not allowed on /api/generate; use GET or POST",
        "POST|/health|405||use GET or HEAD",
    })
    void badRequestsGetTheirStatusAndTheCliMessageAsJson(String method, String path, int status, String field, String message)
            throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + path)).method(method,
                HttpRequest.BodyPublishers.noBody()));
        JsonNode body = json(response, status);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(body.get("field").isNull() ? null : body.get("field").asText()).isEqualTo(field);
    }

    @Test
    void whatTheOrgPolicyRefusesIs422AndItsDefaultsShowInTheMetadata(@TempDir Path cache) throws Exception {
        // The test org catalog allows python:3.12 and its own registry only, and defaults the UID to 20000.
        Catalog org = new CatalogResolver(cache).resolve(new CatalogSpec(List.of(TestCatalogs.root("org").toString()), "--catalog"));
        try (ScaffoldServer acme = started(org, ServeLimits.defaults())) {
            String at = "http://127.0.0.1:" + acme.address().getPort();
            JsonNode refused = json(send(HttpRequest.newBuilder(URI.create(at
                    + "/api/generate?archetype=python-fastapi-uv&name=demo&python_version=3.11")).GET()), 422);
            assertThat(refused.get("field").asText()).isEqualTo("base_image");
            assertThat(refused.get("message").asText()).endsWith("'python:3.11-slim-bookworm' is not allowed"
                    + " by the acme catalog's policy; allowed prefixes: python:3.12, registry.acme.example/");
            JsonNode uv = json(send(HttpRequest.newBuilder(URI.create(at + "/api/archetypes/python-fastapi-uv")).GET()), 200);
            assertThat(uv.get("questions").findValues("id").stream().map(JsonNode::asText).toList()).contains("uid");
            uv.get("questions").forEach(q -> {
                if (q.get("id").asText().equals("uid")) {
                    assertThat(q.get("default").asText()).isEqualTo("20000");
                }
            });
            assertThat(json(send(HttpRequest.newBuilder(URI.create(at + "/api/archetypes")).GET()), 200).get("org").asText())
                    .isEqualTo("acme");
        }
    }

    @Test
    void bodiesOverTheLimitAndOfUnknownTypesAreRefused() throws Exception {
        String big = "{\"name\": \"" + "a".repeat(20 * 1024) + "\"}";
        assertThat(json(post("/api/preview", "application/json", big), 413).get("message").asText())
                .isEqualTo("the request body is larger than 16384 bytes");
        // Without a Content-Length the body is read up to the limit and no further.
        HttpResponse<byte[]> streamed = send(HttpRequest.newBuilder(URI.create(base + "/api/generate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        json(streamed, 413);
        assertThat(json(post("/api/preview", "application/json", "{\"name\": \"" + "a".repeat(1025) + "\"}"), 400)
                .get("message").asText()).isEqualTo("name: longer than the 1024 characters allowed");
        assertThat(json(post("/api/preview", "text/plain", "name=demo"), 415).get("status").asInt()).isEqualTo(415);
        assertThat(json(post("/api/preview", "application/json", "[1, 2]"), 400).get("message").asText())
                .startsWith("the body must be a JSON object");
        assertThat(json(post("/api/preview", "application/json", "{\"port\": {\"x\": 1}}"), 400).get("field").asText())
                .isEqualTo("port");
    }

    @Test
    void concurrentRequestsAllGetTheSameTree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> json(get("/api/preview?archetype=node-typescript&name=web&port=3000"), 200));
            }
            List<String> trees = new ArrayList<>();
            for (Future<JsonNode> f : pool.invokeAll(calls)) {
                trees.add(f.get().get("files").toString());
            }
            assertThat(trees).hasSize(24).allMatch(t -> t.equals(trees.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRootServesThePageToBrowsersAndUsageToCurl() throws Exception {
        HttpResponse<byte[]> page = send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").GET());
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<script src=\"/app.js\"").doesNotContain("http://", "https://");
        HttpResponse<byte[]> usage = send(HttpRequest.newBuilder(URI.create(base + "/")).header("User-Agent", "curl/8.5.0").GET());
        assertThat(new String(usage.body(), StandardCharsets.UTF_8)).contains("curl -fsSL -o demo.zip '" + base + "/api/generate?")
                .contains("python-fastapi-uv *");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/app.css").statusCode()).isEqualTo(200);
        JsonNode openapi = json(get("/openapi.json"), 200);
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        assertThat(openapi.get("paths").fieldNames()).toIterable().contains("/api/archetypes", "/api/archetypes/{id}",
                "/api/generate", "/api/preview", "/health", "/ready");
        assertThat(json(get("/health"), 200).get("status").asText()).isEqualTo("UP");
        assertThat(json(get("/ready"), 200).get("archetypes").asInt()).isEqualTo(BuiltinCatalog.load().archetypes().size());
        assertThat(LOG.toString(StandardCharsets.UTF_8)).containsPattern("serve: GET /health 200 [0-9.]+ ms");
    }

    @Test
    void aTemplateThatLoopsGetsA503AndTheServerStaysUp(@TempDir Path tmp) throws Exception {
        Path catalogDir = TestCatalogs.copy(TestCatalogs.root("mini"), tmp.resolve("mini"));
        Files.writeString(catalogDir.resolve("archetypes/demo/files/loop.txt.ftl"), "<#list 1..100000000 as i></#list>\n");
        Catalog looping = new dev.scaffold.catalog.CatalogLoader().load(catalogDir, "mini");
        try (ScaffoldServer slow = started(looping, new ServeLimits(16 * 1024, 64, 1024, 4, 1, Duration.ofMillis(100),
                Duration.ofMillis(300)))) {
            String at = "http://127.0.0.1:" + slow.address().getPort();
            HttpResponse<byte[]> looped = send(HttpRequest.newBuilder(URI.create(at + "/api/preview?name=demo")).GET());
            assertThat(json(looped, 503).get("message").asText()).isEqualTo("rendering took longer than its budget of 300 ms");
            // Health answers whatever the render slot does.
            assertThat(send(HttpRequest.newBuilder(URI.create(at + "/health")).GET()).statusCode()).isEqualTo(200);
            // The overrun render is interrupted (the renderer's loop checks), so its one slot comes back: a later
            // request renders again and overruns again, instead of finding the server busy for good.
            String message = "busy";
            for (int tries = 0; tries < 100 && message.contains("busy"); tries++) {
                message = json(send(HttpRequest.newBuilder(URI.create(at + "/api/preview?name=demo")).GET()), 503)
                        .get("message").asText();
                if (message.contains("busy")) {
                    Thread.sleep(100);
                }
            }
            assertThat(message).isEqualTo("rendering took longer than its budget of 300 ms");
        }
    }

    /** Same files, bytes and modes; a clean work tree; one commit with the CLI's tree, message and identity. */
    private static void assertSameRepository(Path fromServer, Path fromCli) throws Exception {
        assertThat(files(fromServer)).isEqualTo(files(fromCli));
        try (Git served = Git.open(fromServer.toFile()); Git cli = Git.open(fromCli.toFile())) {
            assertThat(served.status().call().isClean()).as("git status of the unpacked archive is clean").isTrue();
            List<RevCommit> log = new ArrayList<>();
            served.log().call().forEach(log::add);
            assertThat(log).hasSize(1);
            RevCommit reference = cli.log().call().iterator().next();
            assertThat(log.get(0).getTree().getId()).isEqualTo(reference.getTree().getId());
            assertThat(log.get(0).getFullMessage()).isEqualTo(reference.getFullMessage());
            assertThat(log.get(0).getAuthorIdent().toExternalString().replaceAll(" \\d+ [+-]\\d{4}$", ""))
                    .isEqualTo(reference.getAuthorIdent().toExternalString().replaceAll(" \\d+ [+-]\\d{4}$", ""));
            assertThat(served.getRepository().exactRef(Constants.HEAD).getTarget().getName()).isEqualTo("refs/heads/main");
        }
    }

    /** Path → executable flag and content, outside .git. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".git/")) {
                    out.put(rel, (Files.isExecutable(p) ? "x " : "- ") + java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    /** Unpacks a zip, restoring the Unix modes its central directory records. */
    private static Path unzip(byte[] zip, Path to) throws IOException {
        Map<String, Integer> modes = unixModes(zip);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = to.resolve(e.getName()).normalize();
                assertThat(target.startsWith(to)).as(e.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                        (modes.get(e.getName()) & 0111) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return to;
    }

    private static Map<String, Integer> unixModes(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        assertThat(b.getInt(end)).isEqualTo(0x06054b50);
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        Map<String, Integer> modes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            assertThat(b.getInt(at)).isEqualTo(0x02014b50);
            assertThat(Short.toUnsignedInt(b.getShort(at + 4)) >> 8).as("made by Unix").isEqualTo(3);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extra = Short.toUnsignedInt(b.getShort(at + 30));
            int comment = Short.toUnsignedInt(b.getShort(at + 32));
            modes.put(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8), b.getInt(at + 38) >>> 16);
            at += 46 + nameLength + extra + comment;
        }
        return modes;
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static HttpResponse<byte[]> post(String path, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status) throws IOException {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(text);
    }
}
