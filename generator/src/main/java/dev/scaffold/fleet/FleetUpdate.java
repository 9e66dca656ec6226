package dev.scaffold.fleet;

import dev.scaffold.app.CatalogSource;
import dev.scaffold.app.ScaffoldService;
import dev.scaffold.git.Author;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scaffold fleet update}: rolls an archetype version out to every repository of a list that is behind
 * it, as one branch per repository for its team to review; conflicts are committed with their markers.
 */
public final class FleetUpdate {
    private final SharedCatalogs catalogs;
    private final Path scratch;
    private final int jobs;

    /**
     * @param to a version or git ref of each archetype's catalog (as {@code scaffold update --to}), null for the newest
     * @param branch the branch name, where {@code VERSION} stands for the target version
     * @param push whether to push each branch to its repository's remote
     * @param author the commit identity, or null for git config (else scaffold's fallback)
     */
    public record Options(String to, String branch, boolean push, Author author) {
        public static final String DEFAULT_BRANCH = "scaffold/update-VERSION";
    }

    /** {@code workRoot}: where the scratch clones go (a branch that is not pushed stays there for a look). */
    public FleetUpdate(CatalogSource catalogs, Path workRoot, int jobs) {
        this.catalogs = new SharedCatalogs(catalogs);
        this.scratch = workRoot;
        this.jobs = jobs;
    }

    public UpdateReport run(List<String> repos, Options options, Progress<? super UpdateRow> progress) {
        RepoUpdater updater = new RepoUpdater(new ScaffoldService(catalogs), scratch, options);
        return new UpdateReport(Parallel.map(repos, jobs, updater::update, progress));
    }
}
