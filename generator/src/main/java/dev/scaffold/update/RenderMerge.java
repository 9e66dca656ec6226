package dev.scaffold.update;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.project.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Merges a new pristine render into a generated repository the way {@code git merge} would: the render is
 * committed on the template history (parent: the last render HEAD contains), then merged into HEAD with
 * JGit's recursive merger. Conflicts are left as git leaves them: markers, unmerged index stages, MERGE_HEAD.
 */
public final class RenderMerge implements AutoCloseable {
    private final Path dir;
    private final Git git;
    private final Repository repository;

    private RenderMerge(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
        this.repository = git.getRepository();
    }

    /** Opens the repository whose work tree is {@code dir}; refuses a folder that is not one. */
    public static RenderMerge open(Path dir) {
        // .git is a folder, or a file pointing at one in a linked worktree or a submodule.
        if (!Files.exists(dir.resolve(".git"))) {
            throw new InputException("DIR: " + dir + " is not the top folder of a git repository; scaffold update merges with git");
        }
        try {
            return new RenderMerge(dir, Git.wrap(new FileRepositoryBuilder().setWorkTree(dir.toFile()).setMustExist(true).build()));
        } catch (IOException e) {
            throw new InputException("DIR: " + dir + ": cannot open its git repository: " + e.getMessage()
                    + (Files.isRegularFile(dir.resolve(".git")) ? " (a linked worktree: JGit 6 cannot open one; run in the main checkout)" : ""));
        }
    }

    /** Refuses a merge, rebase or cherry-pick in progress and uncommitted changes: an update must be its own commit. */
    public void refuseUnsafeState() {
        RepositoryState state = repository.getRepositoryState();
        if (state != RepositoryState.SAFE) {
            String what = state.name().startsWith("MERGING") ? "a merge" : state.name().startsWith("REBASING") ? "a rebase"
                    : state.name().startsWith("CHERRY") ? "a cherry-pick" : state.name().startsWith("REVERTING") ? "a revert"
                    : state.getDescription().toLowerCase(java.util.Locale.ROOT);
            throw new InputException("DIR: " + dir + ": " + what + " is in progress; finish it (git commit) or abort it"
                    + " (git merge --abort, git rebase --abort ...) first");
        }
        try {
            org.eclipse.jgit.api.Status status = git.status().call();
            if (status.hasUncommittedChanges()) {
                TreeSet<String> dirty = new TreeSet<>(status.getUncommittedChanges());
                throw new InputException("DIR: " + dir + " has uncommitted changes (" + String.join(", ", dirty.stream().limit(5).toList())
                        + (dirty.size() > 5 ? ", ..." : "") + "); commit or stash them first");
            }
        } catch (GitAPIException e) {
            throw new GenerationException("git status failed in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A render ready to merge: the last render (base), the new one with owned and user-kept files held back, and its effect. */
    public record Plan(RevCommit base, SortedMap<String, Blob> render, MergePreview.Effect effect) {
    }

    /**
     * Plans the merge of {@code rendered}: an owned file keeps its base version (no change proposed) unless
     * {@code answersChanged} (a new port must reach the app's code too), and a file the render drops but the
     * user changed keeps its base version too, so it is kept and reported rather than a conflict.
     */
    public Plan plan(Map<String, GeneratedFile> rendered, Ownership ownership, boolean answersChanged) {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(repository)) {
            RevCommit base = TemplateHistory.base(repository).orElseThrow(() -> new InputException("DIR: " + dir
                    + ": no commit holds scaffold's first render (the commit that added .scaffold/answers.json)"));
            SortedMap<String, Blob> baseFiles = TemplateHistory.files(repository, base.getTree());
            SortedMap<String, Blob> ours = TemplateHistory.files(repository, walk.parseCommit(head()).getTree());
            SortedMap<String, Blob> render = new TreeMap<>();
            rendered.forEach((path, file) -> render.put(path, TemplateHistory.blob(file.content(), file.executable())));
            List<String> keptRemoved = new ArrayList<>();
            for (Map.Entry<String, Blob> old : baseFiles.entrySet()) {
                String path = old.getKey();
                boolean owned = !answersChanged && ownership.isOwned(path);
                boolean droppedButChanged = !render.containsKey(path) && ours.containsKey(path) && !ours.get(path).sameAs(old.getValue());
                if (owned || droppedButChanged) {
                    render.put(path, old.getValue());
                }
                if (!owned && droppedButChanged) {
                    keptRemoved.add(path);
                }
            }
            return new Plan(base, render, MergePreview.of(baseFiles, ours, render, keptRemoved, reader));
        } catch (IOException e) {
            throw new GenerationException("cannot read the git history of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The merge's end: the files left unmerged (nothing committed), or the merge commit. */
    public record Outcome(List<String> conflicts, Optional<String> commit) {
    }

    /** Commits the planned render on the template history and merges it into HEAD; commits unless there are conflicts. */
    public Outcome apply(Plan plan, String renderMessage, String mergeMessage, PersonIdent ident) {
        try {
            ObjectId render = TemplateHistory.commit(repository, plan.render(), plan.base(), renderMessage, ident);
            MergeResult merged = git.merge().include(TemplateHistory.BRANCH, render).setCommit(false).setFastForward(FastForwardMode.NO_FF)
                    .setStrategy(MergeStrategy.RECURSIVE).setMessage(mergeMessage).call();
            switch (merged.getMergeStatus()) {
                case CONFLICTING -> {
                    TemplateHistory.mark(repository, render);
                    return new Outcome(unmerged(), Optional.empty());
                }
                case MERGED_NOT_COMMITTED, MERGED -> {
                    RevCommit commit = git.commit().setMessage(mergeMessage).setAuthor(ident).setCommitter(ident)
                            .setSign(false).setNoVerify(true).call();
                    TemplateHistory.mark(repository, render);
                    return new Outcome(List.of(), Optional.of(commit.getId().abbreviate(7).name()));
                }
                default -> throw new InputException("DIR: " + dir + ": git cannot merge the new render (" + merged.getMergeStatus()
                        + (merged.getFailingPaths() == null ? "" : ": " + new TreeSet<>(merged.getFailingPaths().keySet())
                                + "; move these untracked or changed files away") + "); nothing was changed");
            }
        } catch (GitAPIException | IOException e) {
            throw new GenerationException("git merge failed in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The managed files of the work tree that differ from the last pristine render (missing ones included).
     * Empty when no commit holds a render.
     */
    public List<String> drift(Ownership ownership) {
        try {
            Optional<RevCommit> base = TemplateHistory.base(repository);
            if (base.isEmpty()) {
                return List.of();
            }
            List<String> drifted = new ArrayList<>();
            for (Map.Entry<String, Blob> file : TemplateHistory.files(repository, base.get().getTree()).entrySet()) {
                if (ownership.isOwned(file.getKey())) {
                    continue;
                }
                Path path = dir.resolve(file.getKey());
                if (!Files.isRegularFile(path)
                        || !TemplateHistory.blob(Files.readAllBytes(path), false).id().equals(file.getValue().id())) {
                    drifted.add(file.getKey());
                }
            }
            return drifted;
        } catch (IOException e) {
            throw new GenerationException("cannot read the git history of " + dir + ": " + e.getMessage(), e);
        }
    }

    private ObjectId head() throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            throw new InputException("DIR: " + dir + ": the repository has no commit yet");
        }
        return head;
    }

    private List<String> unmerged() throws IOException {
        DirCache index = repository.readDirCache();
        TreeSet<String> paths = new TreeSet<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            if (index.getEntry(i).getStage() != 0) {
                paths.add(index.getEntry(i).getPathString());
            }
        }
        return List.copyOf(paths);
    }

    @Override
    public void close() {
        repository.close();
    }
}
