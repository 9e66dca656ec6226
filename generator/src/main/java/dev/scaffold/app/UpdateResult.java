package dev.scaffold.app;

import java.util.List;
import java.util.Optional;

/**
 * What an update did (or, in a dry run, would do) to a repository. The file lists are paths relative to
 * the repository, sorted.
 *
 * @param added files the new version adds
 * @param removed files the new version removes (left as rendered by the user, so they go)
 * @param modified files the update changes (cleanly merged, or conflicted)
 * @param conflicts files where both sides changed the same lines (left unmerged, with markers)
 * @param keptRemoved files the new version no longer renders but the user changed: kept, reported
 * @param commit the abbreviated id of the merge commit, when one was made
 */
public record UpdateResult(UpdateOutcome outcome, String archetypeId, String fromVersion, String toVersion,
        List<String> added, List<String> removed, List<String> modified, List<String> conflicts,
        List<String> keptRemoved, Optional<String> commit) {

    public UpdateResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        modified = List.copyOf(modified);
        conflicts = List.copyOf(conflicts);
        keptRemoved = List.copyOf(keptRemoved);
    }
}
