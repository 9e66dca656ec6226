package dev.scaffold.fleet;

import java.util.List;

/**
 * What {@code fleet update} did to one repository.
 *
 * @param url the repository as the list names it
 * @param outcome updated, conflicted, skipped or failed
 * @param branch the update branch (null when the repository could not be read far enough to name one)
 * @param base the repository's default branch, which is never changed
 * @param archetype the archetype id, when known
 * @param from the recorded version, when known
 * @param to the target version, when known
 * @param conflicts files committed with conflict markers (conflicted only)
 * @param pushed whether the branch was pushed to the repository's remote by this run
 * @param detail why it was skipped or failed, or where the unpushed branch is
 * @param pullRequest how a person opens the pull request (null unless updated or conflicted)
 */
public record UpdateRow(String url, Outcome outcome, String branch, String base, String archetype, String from, String to,
        List<String> conflicts, boolean pushed, String detail, PullRequestHint pullRequest) {

    public UpdateRow {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** The four ends of a repository's update. */
    public enum Outcome {
        UPDATED, CONFLICTED, SKIPPED, FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static UpdateRow failed(String url, String branch, String base, String detail) {
        return new UpdateRow(url, Outcome.FAILED, branch, base, null, null, null, List.of(), false, detail, null);
    }
}
