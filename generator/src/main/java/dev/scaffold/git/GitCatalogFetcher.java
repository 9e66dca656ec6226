package dev.scaffold.git;

import dev.scaffold.error.InputException;
import dev.scaffold.write.Folders;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.URIish;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;

/**
 * Clones a catalog repository (https, ssh or file URL) at a tag, branch or commit into a fresh folder:
 * shallow for a branch or tag, full for a commit id. Network is touched only here.
 */
public final class GitCatalogFetcher {
    private static final String COMMIT = "[0-9a-fA-F]{7,40}";
    /** The whole clone must end within this time (checked whenever JGit reports progress). */
    public static final Duration FETCH_TIME = Duration.ofSeconds(300);
    /** A connection that sends nothing for this long is dropped. */
    static final int IDLE_SECONDS = 30;

    /** A cloned catalog: its folder and the exact commit checked out. */
    public record Clone(Path dir, String commit) {
    }

    /**
     * An ssh host or user that starts with '-' would be read as an option by an external ssh command
     * (GIT_SSH): {@code ssh://-oProxyCommand=…/x}. Such specs can come from a checked repository's
     * answers file, so they are refused before anything runs.
     */
    static void refuseOptionLikeHost(String url, String from) {
        URIish uri;
        try {
            uri = new URIish(url);
        } catch (URISyntaxException e) {
            throw new InputException(from + ": " + url + ": not a valid git URL: " + e.getReason());
        }
        if (startsWithDash(uri.getHost()) || startsWithDash(uri.getUser()) || url.startsWith("-")) {
            throw new InputException(from + ": " + url + ": a git host or user must not start with '-'");
        }
    }

    private static boolean startsWithDash(String part) {
        return part != null && part.startsWith("-");
    }

    /** Clones {@code url} at {@code ref} (or its default branch) into {@code into}; {@code from} names the spec's source in errors. */
    public Clone fetch(String url, String ref, Path into, String from) {
        refuseOptionLikeHost(url, from);
        Folders.deleteQuietly(into);
        boolean commitRef = ref != null && ref.matches(COMMIT);
        Instant deadline = Instant.now().plus(FETCH_TIME);
        CloneCommand clone = Git.cloneRepository().setURI(url).setDirectory(into.toFile()).setCloneAllBranches(false)
                .setTimeout(IDLE_SECONDS)
                .setProgressMonitor(new org.eclipse.jgit.lib.EmptyProgressMonitor() {
                    @Override
                    public boolean isCancelled() {
                        return Instant.now().isAfter(deadline);
                    }
                });
        if (!commitRef) {
            clone.setDepth(1);
            if (ref != null) {
                clone.setBranch(ref);
            }
        }
        try (Git git = clone.call()) {
            if (commitRef) {
                ObjectId id = git.getRepository().resolve(ref + "^{commit}");
                if (id == null) {
                    throw new InputException(from + ": " + url + " has no commit " + ref);
                }
                git.checkout().setName(id.name()).call();
            }
            ObjectId head = git.getRepository().resolve("HEAD^{commit}");
            if (head == null) {
                throw new InputException(from + ": " + url + (ref == null ? "" : "#" + ref) + " has no such branch or tag");
            }
            return new Clone(into, head.name());
        } catch (GitAPIException | IOException e) {
            Folders.deleteQuietly(into);
            if (Instant.now().isAfter(deadline)) {
                throw new InputException(from + ": cannot clone " + url + ": not done within " + FETCH_TIME.toSeconds() + " s");
            }
            throw new InputException(from + ": cannot clone " + url + (ref == null ? "" : "#" + ref) + ": " + e.getMessage());
        }
    }
}
