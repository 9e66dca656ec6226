package dev.scaffold.serve;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The catalogs every request shares, loaded once. {@link #reload()} (on an interval or SIGHUP) swaps in a
 * fresh load; a load that fails keeps the catalogs already served, so a broken push does not take the site down.
 */
public final class CatalogHolder {
    private final Supplier<Catalog> loader;
    private final PrintStream log;
    private final AtomicReference<Catalog> current = new AtomicReference<>();

    public CatalogHolder(Supplier<Catalog> loader, PrintStream log) {
        this.loader = loader;
        this.log = log;
    }

    /** Loads the catalogs for the first time; an error here stops the server from starting. */
    public Catalog load() {
        Catalog catalog = loader.get();
        current.set(catalog);
        return catalog;
    }

    /** Loads again and swaps; on failure logs one line and keeps serving the previous catalogs. */
    public void reload() {
        try {
            Catalog catalog = loader.get();
            current.set(catalog);
            log.println("serve: catalogs reloaded: " + catalog.archetypes().size() + " archetypes");
        } catch (InputException | GenerationException e) {
            log.println("serve: catalog reload failed, still serving the previous catalogs: " + e.getMessage());
        }
    }

    /** The catalogs to answer with, or null before the first load. */
    public Catalog get() {
        return current.get();
    }
}
