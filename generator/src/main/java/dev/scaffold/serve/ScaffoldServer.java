package dev.scaffold.serve;

import com.sun.net.httpserver.HttpServer;
import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.error.PolicyException;
import dev.scaffold.git.Author;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code scaffold serve}: the JDK's HTTP server in front of {@link Routes}. A fixed pool handles requests; when
 * it and its queue are full, the accepting thread waits, so excess clients queue in the kernel instead of in
 * memory. Each request is logged as one line: method, path, status, duration.
 */
public final class ScaffoldServer implements AutoCloseable {
    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final Renderer renderer;
    private final PrintStream log;

    private ScaffoldServer(HttpServer http, ThreadPoolExecutor workers, Renderer renderer, PrintStream log) {
        this.http = http;
        this.workers = workers;
        this.renderer = renderer;
        this.log = log;
    }

    /** Binds and starts serving; the catalogs must already be loaded into {@code catalogs}. */
    public static ScaffoldServer start(InetSocketAddress address, CatalogHolder catalogs, ServeLimits limits,
            Author author, PrintStream log) throws IOException {
        // The JDK server closes connections whose request or response takes longer than these (seconds):
        // a slow client cannot hold a worker thread. Read once, when the server classes load.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        // TCP_NODELAY: without it a keep-alive client waits for the delayed ACK (about 40 ms) on every small response.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        HttpServer http = HttpServer.create(address, 128);
        BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(limits.threads() * 4);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.SECONDS, queue,
                r -> {
                    Thread t = new Thread(r, "scaffold-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                (task, pool) -> {
                    try {
                        pool.getQueue().put(task);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        Renderer renderer = new Renderer(limits);
        Routes routes = new Routes(catalogs, renderer, limits, author);
        http.setExecutor(workers);
        http.createContext("/", exchange -> {
            long t0 = System.nanoTime();
            Call call = new Call(exchange, limits.maxBodyBytes());
            try {
                routes.handle(call);
            } catch (HttpError e) {
                respond(call, e);
            } catch (PolicyException e) {
                respond(call, new HttpError(422, fieldOf(e.getMessage()), e.getMessage()));
            } catch (InputException e) {
                respond(call, new HttpError(400, fieldOf(e.getMessage()), e.getMessage()));
            } catch (GenerationException e) {
                log.println("serve: generation failed: " + e.getMessage());
                respond(call, new HttpError(500, null, "generation failed: " + e.getMessage()));
            } catch (IOException e) {
                // The client went away mid-response; nothing to answer.
                call.status = call.status == 0 ? 499 : call.status;
            } catch (RuntimeException e) {
                log.println("serve: internal error on " + call.path() + ": " + e);
                respond(call, new HttpError(500, null, "internal error"));
            } finally {
                exchange.close();
                log.printf("serve: %s %s %d %.1f ms%n", call.method(), call.path(), call.status,
                        (System.nanoTime() - t0) / 1e6);
            }
        });
        http.start();
        return new ScaffoldServer(http, workers, renderer, log);
    }

    private static void respond(Call call, HttpError e) {
        if (call.responded()) {
            return;
        }
        try {
            call.error(e);
        } catch (IOException ignored) {
            call.status = e.status;
        }
    }

    /**
     * The field an input error names: its message starts with it ("port: …", "--base-image: …",
     * "base_image (default '…', pass base_image to change it): …" for a default the policy refuses).
     */
    static String fieldOf(String message) {
        int colon = message.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String field = message.substring(0, colon);
        int note = field.indexOf(" (");
        field = note > 0 ? field.substring(0, note) : field;
        if (field.startsWith("--")) {
            return field.substring(2).replace('-', '_');
        }
        return field.matches("[a-z][a-z0-9_]*") ? field : null;
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    @Override
    public void close() {
        http.stop(1);
        workers.shutdownNow();
        renderer.close();
        log.flush();
    }
}
