package dev.scaffold.git;

import dev.scaffold.error.GenerationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.FS;

/**
 * Commits a freshly written project: a new repository on branch {@code main} in the staging folder
 * (so only generated files are in it; {@code --force} never commits into an existing repository),
 * everything added, one unsigned commit, no hook run.
 */
public final class GitCommitter {
    private final Path cacheHome;

    /** {@code cacheHome}: scaffold's cache folder, where git's system config location is remembered. */
    public GitCommitter(Path cacheHome) {
        this.cacheHome = cacheHome;
    }

    /**
     * Commits all files under {@code dir}, a staging folder that the caller removes if the JVM stops before
     * it is moved into place; returns the abbreviated commit id.
     */
    public String commitAll(Path dir, Author explicitAuthor, String message) {
        JGitCleanup.leaveToScaffold();
        new GitSystemConfig(System::getenv, cacheHome).apply(FS.DETECTED::getGitSystemConfig, FS.DETECTED::setGitSystemConfig);
        try (Git git = open(dir)) {
            disableHooks(git, dir);
            git.add().addFilepattern(".").call();
            PersonIdent ident = identity(git, explicitAuthor);
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(ident)
                    .setCommitter(ident)
                    .setSign(false)
                    .setNoVerify(true)
                    .setAllowEmpty(false)
                    .call();
            return commit.getId().abbreviate(7).name();
        } catch (GitAPIException | java.io.IOException e) {
            throw new GenerationException("git commit failed in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Git open(Path dir) throws GitAPIException, java.io.IOException {
        if (Files.isDirectory(dir.resolve(".git"))) {
            return Git.open(dir.toFile());
        }
        return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /** The explicit author, else the identity from git config, else scaffold's fallback. */
    public static PersonIdent identity(Git git, Author explicitAuthor) {
        Author author = explicitAuthor != null ? explicitAuthor : configured(git);
        return new PersonIdent(author.name(), author.email());
    }

    /** {@link #identity} for the repository at {@code dir}. */
    public static PersonIdent identityFor(Path dir, Author explicitAuthor) {
        try (Git git = Git.wrap(new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setWorkTree(dir.toFile()).build())) {
            return identity(git, explicitAuthor);
        } catch (java.io.IOException e) {
            throw new GenerationException("cannot open the git repository in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hooks are not run: setNoVerify skips pre-commit and commit-msg, but JGit runs post-commit anyway,
     * from {@code core.hooksPath} of the user's global config too. Pointing hooksPath at a folder that does
     * not exist, in this in-memory config only (never saved), leaves the user's config and the new
     * repository's config as they were.
     */
    private static void disableHooks(Git git, Path dir) {
        git.getRepository().getConfig().setString("core", null, "hooksPath",
                dir.toAbsolutePath().resolve(".git/scaffold-runs-no-hooks").toString());
    }

    /** The identity from git config (user.name/user.email) when both are set, else the fallback. */
    private static Author configured(Git git) {
        UserConfig user = git.getRepository().getConfig().get(UserConfig.KEY);
        if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
            return Author.FALLBACK;
        }
        return new Author(user.getAuthorName(), user.getAuthorEmail());
    }
}
