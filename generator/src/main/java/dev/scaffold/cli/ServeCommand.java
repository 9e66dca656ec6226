package dev.scaffold.cli;

import dev.scaffold.git.Author;
import dev.scaffold.serve.CatalogHolder;
import dev.scaffold.serve.ReloadSignal;
import dev.scaffold.serve.ScaffoldServer;
import dev.scaffold.serve.ServeLimits;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scaffold serve}: the archetypes as a web page and an HTTP API, from catalogs loaded once. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the archetypes as a web page and an HTTP API (see /openapi.json).",
            "The catalogs are loaded once at start; --reload re-reads them on an interval, and so does SIGHUP."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, as in a container).")
    String bind;

    @Mixin
    CatalogOptions catalogs = new CatalogOptions();

    @Option(names = "--reload", paramLabel = "SECONDS", defaultValue = "0",
            description = "Re-read the catalogs every SECONDS (default: never; a failed read keeps the previous ones).")
    long reloadSeconds;

    @Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"",
            description = "Identity of the commit in generated archives (default: scaffold <scaffold@localhost>).")
    String author;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new dev.scaffold.error.InputException("--port: must be from 0 to 65535 (got " + port + ")");
        }
        Author identity = author == null ? Author.FALLBACK : Author.parse(author);
        PrintStream log = System.err;
        CatalogHolder holder = new CatalogHolder(() -> catalogs.load(Optional.empty()), log);
        int archetypes = holder.load().archetypes().size();
        ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scaffold-catalog-reload");
            t.setDaemon(true);
            return t;
        });
        if (reloadSeconds > 0) {
            reloads.scheduleWithFixedDelay(holder::reload, reloadSeconds, reloadSeconds, TimeUnit.SECONDS);
        }
        ReloadSignal.onHangup(() -> reloads.execute(holder::reload));
        ScaffoldServer started;
        try {
            started = ScaffoldServer.start(new InetSocketAddress(bind, port), holder, ServeLimits.defaults(), identity, log);
        } catch (java.net.BindException e) {
            throw new dev.scaffold.error.InputException("--port: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        try (ScaffoldServer server = started) {
            spec.commandLine().getOut().printf("scaffold serve: %d archetypes on http://%s:%d/%n", archetypes,
                    bind.contains(":") ? "[" + bind + "]" : bind, server.address().getPort());
            spec.commandLine().getOut().flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}
