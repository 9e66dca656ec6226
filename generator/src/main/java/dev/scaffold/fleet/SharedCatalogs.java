package dev.scaffold.fleet;

import dev.scaffold.app.CatalogSource;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogSpec;
import dev.scaffold.update.CatalogPins;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each distinct list of catalogs once per fleet run and shares it between the worker threads: a
 * fleet of a thousand repositories generated from one org catalog clones that catalog once, not a thousand
 * times (and never twice into the same cache folder at once). A load that failed fails the same way for
 * every repository that asks again.
 */
final class SharedCatalogs implements CatalogSource {
    private final CatalogSource source;
    private final Map<List<String>, CompletableFuture<Catalog>> loaded = new ConcurrentHashMap<>();

    SharedCatalogs(CatalogSource source) {
        this.source = source;
    }

    @Override
    public Catalog load(Optional<CatalogSpec.Recorded> recorded) {
        List<String> key = recorded.map(CatalogSpec.Recorded::specs).orElse(null);
        CompletableFuture<Catalog> mine = new CompletableFuture<>();
        CompletableFuture<Catalog> existing = loaded.putIfAbsent(key == null ? List.of("\0none") : key, mine);
        if (existing == null) {
            try {
                // One load at a time: two lists may share a catalog, and the resolver clones each spec into one folder.
                synchronized (this) {
                    mine.complete(source.load(recorded));
                }
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
            existing = mine;
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The same catalogs without their commit or digest pins: where the newest versions are (as scaffold update sees them). */
    static CatalogSpec.Recorded unpinned(CatalogSpec.Recorded recorded) {
        return new CatalogSpec.Recorded(recorded.specs().stream().map(CatalogPins::unpinned).toList(), recorded.file());
    }
}
