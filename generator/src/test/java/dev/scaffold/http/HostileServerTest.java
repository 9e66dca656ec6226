package dev.scaffold.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.scaffold.error.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog server that misbehaves: drips, floods, or redirects where plain http is not allowed. */
class HostileServerTest {
    @TempDir
    Path tmp;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/drip/catalog.json", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write('{');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up: what we expect
            }
        });
        server.createContext("/flood/catalog.json", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (long sent = 0; sent < 1L << 30; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up
            }
        });
        server.createContext("/big/catalog.json", exchange -> {
            exchange.sendResponseHeaders(200, 1L << 30);
            exchange.close();
        });
        server.createContext("/away/catalog.json", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://catalog.acme.example/catalog.json");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/loop/catalog.json", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop/catalog.json");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/moved/catalog.json", exchange -> {
            exchange.getResponseHeaders().add("Location", "/real/catalog.json");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/real/catalog.json", exchange -> {
            byte[] body = "{\"files\": [], \"archetypes\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private HttpCatalogFetcher fetcher() {
        return new HttpCatalogFetcher(Duration.ofSeconds(2), 1024 * 1024, 4 * 1024 * 1024);
    }

    @Test
    void aServerThatDripsTheBodyIsCutOffAtTheFetchDeadline() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher().fetch(url("/drip/catalog.json"), null, tmp.resolve("c"), "--catalog"))
                .isInstanceOf(InputException.class)
                .hasMessage("--catalog: " + url("/drip/catalog.json") + ": the catalog was not fetched within 2 s"
                        + " (a server that does not answer, or sends very slowly)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(tmp.resolve("c")).doesNotExist();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsItArrives() {
        assertThatThrownBy(() -> fetcher().fetch(url("/flood/catalog.json"), null, tmp.resolve("c"), "--catalog"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("/flood/catalog.json: larger than the limit of " + HttpCatalogFetcher.INDEX_BYTES + " bytes");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBody() {
        assertThatThrownBy(() -> fetcher().fetch(url("/big/catalog.json"), null, tmp.resolve("c"), "--catalog"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("larger than the limit of " + HttpCatalogFetcher.INDEX_BYTES + " bytes (Content-Length 1073741824)");
    }

    @Test
    void aRedirectToPlainHttpOnAnotherHostIsRefused() {
        assertThatThrownBy(() -> fetcher().fetch(url("/away/catalog.json"), null, tmp.resolve("c"), "--catalog"))
                .isInstanceOf(InputException.class)
                .hasMessage("--catalog: " + url("/away/catalog.json") + ": redirected to http://catalog.acme.example/catalog.json:"
                        + " plain http is accepted only for localhost; serve the catalog over https");
    }

    @Test
    void aRedirectLoopEnds() {
        assertThatThrownBy(() -> fetcher().fetch(url("/loop/catalog.json"), null, tmp.resolve("c"), "--catalog"))
                .isInstanceOf(InputException.class).hasMessageEndingWith(": more than 5 redirects");
    }

    @Test
    void anAllowedRedirectIsFollowed() {
        HttpCatalogFetcher.Fetched fetched = fetcher().fetch(url("/moved/catalog.json"), null, tmp.resolve("c"), "--catalog");

        assertThat(fetched.dir().resolve("catalog.json")).content().contains("\"files\"");
    }
}
