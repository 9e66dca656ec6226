package dev.scaffold.fleet;

import dev.scaffold.app.CatalogSource;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scaffold fleet status}: reads every repository of a list (or of one shard of it) on a bounded
 * number of threads, each from a shallow clone in the cache folder, and reports them all; one repository
 * that cannot be read is reported as such and never stops the others.
 */
public final class FleetStatus {
    private final RepoCache cache;
    private final SharedCatalogs catalogs;
    private final int jobs;

    /** {@code catalogs}: the edge's catalogs (flags, else each repository's recorded ones, else environment). */
    public FleetStatus(CatalogSource catalogs, Path cacheRoot, int jobs) {
        this.cache = new RepoCache(cacheRoot);
        this.catalogs = new SharedCatalogs(catalogs);
        this.jobs = jobs;
    }

    public FleetReport run(List<String> repos, Progress<? super RepoStatus> progress) {
        StatusProbe probe = new StatusProbe(cache, catalogs);
        return new FleetReport(Parallel.map(repos, jobs, probe::probe, progress));
    }
}
