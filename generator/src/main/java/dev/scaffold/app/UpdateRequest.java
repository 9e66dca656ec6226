package dev.scaffold.app;

import dev.scaffold.git.Author;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What an edge asks {@link ScaffoldService#update} to do to one generated repository.
 *
 * @param repository the repository's work tree
 * @param to a git ref (tag, branch, commit) of the archetype's catalog, or the version of a built-in
 *           archetype; null means the newest (the catalog's default branch, the built-in catalog of this scaffold)
 * @param answerChanges answers changed during the update (flags, form fields), strongest of all sources
 * @param defaults whether questions new in the target version take their defaults without asking
 * @param dryRun whether to only report what would change, writing nothing
 * @param force whether a downgrade is accepted
 * @param include paths (or globs) of team-owned files to merge again anyway
 * @param author the commit identity, or null for git config (else scaffold's fallback)
 */
public record UpdateRequest(Path repository, String to, Map<String, String> answerChanges, boolean defaults,
        boolean dryRun, boolean force, Set<String> include, Author author) {

    public UpdateRequest {
        answerChanges = Map.copyOf(answerChanges);
        include = Set.copyOf(include);
    }
}
