package dev.scaffold.fleet;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the fleet knows about one repository at its default branch. When it could not be read, {@code error}
 * says why and the other fields are null or empty (except the commit and branch, if the clone worked).
 *
 * @param url the repository as the list names it (local paths absolute)
 * @param branch the default branch
 * @param commit the default branch's commit that was read
 * @param archetype the archetype id its answers file records
 * @param version the archetype version its answers file records
 * @param newest the newest version of that archetype in the catalogs
 * @param behind whether {@code newest} is newer than {@code version}
 * @param findings {@code scaffold check} findings by rule id ("FILE:LINE: message" each), rule ids sorted
 * @param error why the repository could not be read, or null
 */
public record RepoStatus(String url, String branch, String commit, String archetype, String version, String newest,
        boolean behind, SortedMap<String, List<String>> findings, Problem error) {

    public RepoStatus {
        findings = new TreeMap<>(findings == null ? Map.of() : findings);
    }

    /** Why a repository could not be read: a kind a filter can use, and a message a person can act on. */
    public record Problem(String kind, String message) {
        public static final String UNREACHABLE = "unreachable";
        public static final String NO_ANSWERS = "no-answers-file";
        public static final String MALFORMED = "malformed";
        public static final String CATALOG = "catalog";
    }

    static RepoStatus failed(String url, String branch, String commit, Problem problem) {
        return new RepoStatus(url, branch, commit, null, null, null, false, null, problem);
    }

    public boolean passed() {
        return error == null && findings.isEmpty();
    }

    /** Up to date, passing every rule and readable. */
    public boolean ok() {
        return passed() && !behind;
    }

    /** One word for tables and filters: error, behind+failing, behind, failing or ok. */
    public String state() {
        if (error != null) {
            return "error";
        }
        if (behind && !findings.isEmpty()) {
            return "behind+failing";
        }
        return behind ? "behind" : findings.isEmpty() ? "ok" : "failing";
    }
}
