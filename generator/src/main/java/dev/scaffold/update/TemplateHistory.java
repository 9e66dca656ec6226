package dev.scaffold.update;

import dev.scaffold.error.GenerationException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The pristine renders of a repository, kept in git: each render is a commit whose message carries the
 * trailer {@value #TRAILER}, whose parent is the previous render, and which the main line merges. The
 * newest render reachable from HEAD is the base of the next three-way merge, so a fresh clone of main
 * alone has it (a merged render is the merge commit's second parent). Branch {@value #BRANCH} points at
 * the newest render for people to look at; nothing depends on it.
 */
public final class TemplateHistory {
    public static final String BRANCH = "scaffold/template";
    public static final String TRAILER = "Scaffold-Template:";

    private TemplateHistory() {
    }

    /** The trailer line an initial or template commit message ends with. */
    public static String trailer(String archetypeId, String version) {
        return "\n\n" + TRAILER + " " + archetypeId + " " + version + "\n";
    }

    /**
     * The last pristine render HEAD contains: the newest commit with the trailer, else (a repository
     * generated before scaffold wrote the trailer) the oldest commit whose tree holds the answers file,
     * which scaffold committed as rendered.
     */
    public static Optional<RevCommit> base(Repository repository) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.TOPO);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (commit.getFullMessage().contains("\n" + TRAILER + " ")) {
                    return Optional.of(commit);
                }
            }
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                try (TreeWalk file = TreeWalk.forPath(repository, dev.scaffold.answers.AnswersFile.PATH, commit.getTree())) {
                    if (file != null) {
                        return Optional.of(commit);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every file of a tree, by path. */
    public static SortedMap<String, Blob> files(Repository repository, RevTree tree) throws IOException {
        SortedMap<String, Blob> files = new TreeMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                files.put(walk.getPathString(), new Blob(walk.getObjectId(0), walk.getFileMode(0), null));
            }
        }
        return files;
    }

    /** Commits a render as the child of the previous one; returns the new commit, referenced by nothing yet. */
    public static ObjectId commit(Repository repository, Map<String, Blob> files, ObjectId parent, String message,
            PersonIdent ident) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            for (Map.Entry<String, Blob> file : files.entrySet()) {
                Blob blob = file.getValue();
                ObjectId id = blob.content() == null ? blob.id() : inserter.insert(Constants.OBJ_BLOB, blob.content());
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(blob.mode());
                entry.setObjectId(id);
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setParentId(parent);
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    /** Points {@value #BRANCH} at a render (forced: an aborted update may have left it elsewhere). */
    public static void mark(Repository repository, ObjectId render) throws IOException {
        RefUpdate update = repository.updateRef(Constants.R_HEADS + BRANCH);
        update.setNewObjectId(render);
        update.setForceUpdate(true);
        update.setRefLogMessage("scaffold: pristine render", false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE
                && result != RefUpdate.Result.FAST_FORWARD) {
            throw new GenerationException("cannot move branch " + BRANCH + ": " + result);
        }
    }

    /** Points {@value #BRANCH} at HEAD of the repository in {@code dir}: its first render. */
    public static void markHead(java.nio.file.Path dir) {
        try (Repository repository = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setWorkTree(dir.toFile()).setGitDir(dir.resolve(".git").toFile()).build()) {
            mark(repository, repository.resolve(Constants.HEAD + "^{commit}"));
        } catch (IOException e) {
            throw new GenerationException("cannot create branch " + BRANCH + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A blob id computed without writing anything, for renders that a dry run only compares. */
    public static Blob blob(byte[] content, boolean executable) {
        ObjectId id = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, content);
        return new Blob(id, executable ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE, content);
    }
}
