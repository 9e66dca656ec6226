package dev.scaffold.fleet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person opens the pull request for an update branch, since opening it needs the git host's API and
 * credentials, which scaffold does not hold: the host's "compare" page for GitHub (and the merge-request
 * page for GitLab), and always the {@code gh pr create} command. For a file URL or local path there is no
 * page; the command is then run in a clone of the repository.
 *
 * @param url the page that opens the pull request, or null when the host is unknown
 * @param command the {@code gh pr create} command line
 */
public record PullRequestHint(String url, String command) {
    private static final Pattern HTTPS = Pattern.compile("(?i)https?://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+?)(?:\\.git)?/?");
    private static final Pattern SSH = Pattern.compile("(?i)ssh://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+?)(?:\\.git)?/?");
    private static final Pattern SCP = Pattern.compile("[\\w.-]+@([\\w.-]+):(.+?)(?:\\.git)?/?");

    public static PullRequestHint of(String repoUrl, String base, String branch, String title, String body) {
        String host = null;
        String path = null;
        for (Pattern pattern : new Pattern[] {HTTPS, SSH, SCP}) {
            Matcher m = pattern.matcher(repoUrl);
            if (m.matches()) {
                host = m.group(1).toLowerCase(java.util.Locale.ROOT);
                path = m.group(2);
                break;
            }
        }
        String url = null;
        String repoFlag = "";
        if (host != null) {
            if (host.equals("github.com") || host.contains("github")) {
                url = "https://" + host + "/" + path + "/compare/" + base + "..." + branch + "?expand=1";
            } else if (host.contains("gitlab")) {
                url = "https://" + host + "/" + path + "/-/merge_requests/new?merge_request%5Bsource_branch%5D=" + branch
                        + "&merge_request%5Btarget_branch%5D=" + base;
            }
            repoFlag = " --repo " + (host.equals("github.com") ? "" : host + "/") + path;
        }
        String command = "gh pr create" + repoFlag + " --base " + quote(base) + " --head " + quote(branch) + " --title "
                + quote(title) + " --body " + quote(body);
        return new PullRequestHint(url, command);
    }

    /** A POSIX shell word: as it is when safe, else in single quotes. */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9._/:=@+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
