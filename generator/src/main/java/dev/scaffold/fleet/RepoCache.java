package dev.scaffold.fleet;

import dev.scaffold.write.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;

/**
 * A folder of shallow clones (depth 1, default branch only), one per repository URL. The first run clones;
 * later runs fetch the default branch's newest commit into the same clone and reset the work tree to it,
 * so they transfer only what changed. A clone that cannot be opened (an interrupted run) is cloned afresh.
 */
public final class RepoCache {
    private final Path root;

    public RepoCache(Path root) {
        this.root = root;
    }

    /** A work tree at the default branch's newest commit. */
    public record Checkout(Path dir, String branch, String commit) {
    }

    /** Raised when the repository cannot be cloned or fetched; the message says why. */
    public static final class UnreachableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Checkout checkout(String url) throws UnreachableException {
        Path dir = root.resolve(folderName(url));
        if (Files.isDirectory(dir.resolve(".git"))) {
            try {
                return refresh(dir);
            } catch (GitAPIException | IOException | RuntimeException e) {
                // A broken clone (interrupted, or the remote's history was rewritten): start over below.
                Folders.deleteQuietly(dir);
            }
        }
        Folders.deleteQuietly(dir);
        try (Git git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile()).setDepth(1)
                .setCloneAllBranches(false).call()) {
            Repository repository = git.getRepository();
            ObjectId head = repository.resolve("HEAD^{commit}");
            if (head == null) {
                throw new UnreachableException("the repository has no commits", null);
            }
            return new Checkout(dir, repository.getBranch(), head.name());
        } catch (GitAPIException | IOException | RuntimeException e) {
            Folders.deleteQuietly(dir);
            throw new UnreachableException(CloneErrors.describe(url, e), e);
        }
    }

    private static Checkout refresh(Path dir) throws GitAPIException, IOException {
        try (Git git = Git.open(dir.toFile())) {
            String branch = git.getRepository().getBranch();
            git.fetch().setRemote("origin").setDepth(1)
                    .setRefSpecs(new RefSpec("+refs/heads/" + branch + ":refs/remotes/origin/" + branch)).call();
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef("refs/remotes/origin/" + branch).call();
            git.clean().setCleanDirectories(true).setIgnore(false).setForce(true).call();
            ObjectId head = git.getRepository().resolve("HEAD^{commit}");
            return new Checkout(dir, branch, head.name());
        }
    }

    /** A readable, collision-free folder name: the URL's last segment and a hash of the whole URL. */
    static String folderName(String url) {
        String last = url.replaceAll("[/\\\\:]+$", "").replaceAll(".*[/\\\\:]", "").replaceAll("\\.git$", "");
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return (safe.isEmpty() ? "repo" : safe) + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
