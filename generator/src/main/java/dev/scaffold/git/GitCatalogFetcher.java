package dev.scaffold.git;

import dev.scaffold.error.InputException;
import dev.scaffold.write.Folders;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Clones a catalog repository (https, ssh or file URL) at a tag, branch or commit into a fresh folder:
 * shallow for a branch or tag, full for a commit id. Network is touched only here.
 */
public final class GitCatalogFetcher {
    private static final String COMMIT = "[0-9a-fA-F]{7,40}";

    /** A cloned catalog: its folder and the exact commit checked out. */
    public record Clone(Path dir, String commit) {
    }

    /** Clones {@code url} at {@code ref} (or its default branch) into {@code into}; {@code from} names the spec's source in errors. */
    public Clone fetch(String url, String ref, Path into, String from) {
        Folders.deleteQuietly(into);
        boolean commitRef = ref != null && ref.matches(COMMIT);
        CloneCommand clone = Git.cloneRepository().setURI(url).setDirectory(into.toFile()).setCloneAllBranches(false);
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
            throw new InputException(from + ": cannot clone " + url + (ref == null ? "" : "#" + ref) + ": " + e.getMessage());
        }
    }
}
