package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scaffold update and status on real git repositories, from an org catalog at git tags v1, v2, v3 (and v4 without the archetype). */
class UpdateScenariosTest {
    @TempDir
    Path tmp;
    UpdateCatalog catalog;
    Path repo;

    @BeforeEach
    void generateFromV1() throws Exception {
        catalog = UpdateCatalog.create(tmp.resolve("catalog"));
        repo = tmp.resolve("svc");
        CliRun run = cli("new", repo.toString(), "--defaults", "--port", "8080", "--catalog", catalog.url + "#v1",
                "--author", "Dev <dev@example.com>");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private CliRun cli(String... args) {
        return CliRun.execute(null, UpdateCatalog.env(tmp), args);
    }

    private CliRun update(String... args) {
        List<String> all = new ArrayList<>(List.of("update", repo.toString(), "--author", "Dev <dev@example.com>"));
        all.addAll(List.of(args));
        return cli(all.toArray(String[]::new));
    }

    private void userCommit(String message, Map<String, String> edits, String... deletions) throws Exception {
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            Files.writeString(repo.resolve(edit.getKey()), edit.getValue());
        }
        try (Git git = Git.open(repo.toFile())) {
            for (String path : deletions) {
                git.rm().addFilepattern(path).call();
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor(UpdateCatalog.IDENT).setCommitter(UpdateCatalog.IDENT).setSign(false).call();
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(repo.resolve(path));
    }

    private ObjectId head() throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve(Constants.HEAD);
        }
    }

    private Map<String, ObjectId> refs() throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            Map<String, ObjectId> refs = new java.util.TreeMap<>();
            for (Ref ref : git.getRepository().getRefDatabase().getRefs()) {
                refs.put(ref.getName(), ref.getObjectId());
            }
            return refs;
        }
    }

    private JsonNode answers() throws IOException {
        return new ObjectMapper().readTree(repo.resolve(".scaffold/answers.json").toFile());
    }

    @Test
    void newStartsTheTemplateHistoryOnItsOwnBranchAtTheInitialCommit() throws IOException {
        assertThat(refs()).containsEntry("refs/heads/scaffold/template", head());
        try (Git git = Git.open(repo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            assertThat(walk.parseCommit(head()).getFullMessage()).endsWith("\n\nScaffold-Template: svc 1.0.0\n");
        }
    }

    @Test
    void userEditsFarFromTemplateChangesMergeAndTemplateFilesComeAndGo() throws Exception {
        userCommit("team edits", Map.of("service.conf", read("service.conf").replace("a=1", "a=100"),
                "gone-edited.txt", "gone, but we changed it\n", "app/main.txt", read("app/main.txt") + "# ours\n"),
                "keep-deleted.txt");

        CliRun run = update("--to", "v2", "--defaults");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(read("service.conf")).contains("a=100", "timeout=60", "variant=new", "tier=gold").doesNotContain("flavor");
        assertThat(repo.resolve("added.txt")).hasContent("added in v2");
        assertThat(repo.resolve("old.txt")).doesNotExist();
        assertThat(repo.resolve("gone-edited.txt")).hasContent("gone, but we changed it");
        assertThat(repo.resolve("keep-deleted.txt")).doesNotExist();
        // Team-owned files are not merged again: README and the app keep their v1 text and the team's edits.
        assertThat(read("README.md")).isEqualTo("# svc\n");
        assertThat(read("app/main.txt")).contains("handler=hello\n", "# ours");
        assertThat(run.out()).contains("added     added.txt", "removed   old.txt", "kept      gone-edited.txt",
                "modified  service.conf", "scaffold update: svc 1.0.0 -> 2.0.0, commit ");
        JsonNode answers = answers();
        assertThat(answers.path("archetype").path("version").asText()).isEqualTo("2.0.0");
        assertThat(answers.path("answers").has("flavor")).isFalse();
        assertThat(answers.path("answers").path("variant").asText()).isEqualTo("new");
        assertThat(answers.path("answers").path("tier").asText()).isEqualTo("gold");
        try (Git git = Git.open(repo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit merge = walk.parseCommit(head());
            assertThat(merge.getParentCount()).isEqualTo(2);
            assertThat(merge.getFullMessage()).contains("svc 1.0.0 -> 2.0.0");
            RevCommit render = walk.parseCommit(merge.getParent(1));
            assertThat(render.getFullMessage()).contains("Scaffold-Template: svc 2.0.0");
            assertThat(refs()).containsEntry("refs/heads/scaffold/template", render.getId());
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void theSameLineChangedOnBothSidesIsLeftAsGitMergeLeavesItAndASecondUpdateAfterResolvingDoesNotConflictAgain() throws Exception {
        userCommit("our image", Map.of("ci.yml", read("ci.yml").replace("base:1", "custom:1")), "deleted-changed.txt");
        ObjectId before = head();

        CliRun run = update("--to", "v2", "--defaults");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.UPDATE_CONFLICTS);
        assertThat(run.out()).contains("conflict  ci.yml", "conflict  deleted-changed.txt", "stopped with 2 conflicted file(s)");
        assertThat(read("ci.yml")).contains("<<<<<<< HEAD\n", "    image: custom:1", "=======", "    image: base:2",
                ">>>>>>> scaffold/template\n");
        assertThat(head()).isEqualTo(before);
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getRepositoryState()).isEqualTo(RepositoryState.MERGING);
            assertThat(git.getRepository().readMergeHeads()).hasSize(1);
            assertThat(unmerged(git.getRepository().readDirCache())).containsExactly("ci.yml", "deleted-changed.txt");
            assertThat(git.status().call().getConflicting()).containsExactlyInAnyOrder("ci.yml", "deleted-changed.txt");
        }
        // A second update refuses while the merge is in progress.
        CliRun again = update("--to", "v2", "--defaults");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("a merge is in progress").hasLineCount(1);

        // The team resolves: keeps its image, takes the file back.
        Files.writeString(repo.resolve("ci.yml"), read("ci.yml").replaceAll("(?s)<<<<<<< [^\n]*\n(.*?)=======\n.*?>>>>>>> [^\n]*\n", "$1"));
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern("ci.yml").addFilepattern("deleted-changed.txt").call();
            git.commit().setAuthor(UpdateCatalog.IDENT).setCommitter(UpdateCatalog.IDENT).setSign(false).call();
        }
        assertThat(read("ci.yml")).contains("custom:1").doesNotContain("<<<<<<<");

        CliRun second = update("--to", "v3", "--defaults");

        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(read("ci.yml")).contains("image: custom:1", "steps: 4").doesNotContain("<<<<<<<");
    }

    private static List<String> unmerged(DirCache index) {
        TreeSet<String> paths = new TreeSet<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            if (index.getEntry(i).getStage() != 0) {
                paths.add(index.getEntry(i).getPathString());
            }
        }
        return List.copyOf(paths);
    }

    @Test
    void aChangedPortReachesManagedAndOwnedFilesAndTheTeamsCodeStays() throws Exception {
        userCommit("our handler", Map.of("app/main.txt", read("app/main.txt").replace("handler=hello", "handler=ours")));

        CliRun run = update("--to", "v1", "--port", "9090");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("svc 1.0.0 -> 1.0.0");
        assertThat(read("service.conf")).contains("port=9090");
        assertThat(read("app/main.txt")).isEqualTo("listen 9090\n\nhandler=ours\n");
        assertThat(answers().path("answers").path("port").asInt()).isEqualTo(9090);
    }

    @Test
    void anIncludedOwnedFileIsMerged() throws Exception {
        CliRun run = update("--to", "v2", "--defaults", "--include", "README.md");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(read("README.md")).isEqualTo("# svc\nversion two\n");
    }

    @Test
    void aRepositoryOptsAManagedFileOutInItsOwnList() throws Exception {
        userCommit("our CI", Map.of(".scaffold/update.json", "{\"owned\": [\"ci.yml\"]}\n",
                "ci.yml", read("ci.yml").replace("base:1", "custom:1")));

        CliRun run = update("--to", "v2", "--defaults");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(read("ci.yml")).contains("custom:1").doesNotContain("base:2");
        assertThat(cli("status", repo.toString()).out()).doesNotContain("drifted:   ci.yml");
    }

    @Test
    void aNewQuestionIsAskedOnStandardInputWithoutDefaults() throws Exception {
        CliRun run = CliRun.execute("platinum\n", UpdateCatalog.env(tmp), "update", repo.toString(), "--to", "v2");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(answers().path("answers").path("tier").asText()).isEqualTo("platinum");
    }

    @Test
    void anUpdateWorksInAFreshCloneWithoutTheTemplateBranchAndAfterAnEarlierUpdate() throws Exception {
        userCommit("team edit", Map.of("service.conf", read("service.conf").replace("b=2", "b=20")));
        Path clone = tmp.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile())
                .setBranchesToClone(List.of("refs/heads/main")).setBranch("main").call()) {
            assertThat(git.getRepository().findRef("scaffold/template")).isNull();
            assertThat(git.getRepository().findRef("refs/remotes/origin/scaffold/template")).isNull();
        }
        repo = clone;

        CliRun first = update("--to", "v2", "--defaults");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(read("service.conf")).contains("b=20", "timeout=60");

        Path second = tmp.resolve("clone2");
        Git.cloneRepository().setURI(clone.toUri().toString()).setDirectory(second.toFile())
                .setBranchesToClone(List.of("refs/heads/main")).setBranch("main").call().close();
        repo = second;
        CliRun next = update("--to", "v3", "--defaults");
        assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
        // The base was v2's render (the merge's second parent), so only v3's change is applied.
        assertThat(next.out()).contains("modified  ci.yml").doesNotContain("service.conf");
        assertThat(read("ci.yml")).contains("steps: 4");
    }

    @Test
    void anUpdateWorksInAFullCloneWhoseTemplateBranchIsOnlyARemoteRef() throws Exception {
        Path clone = tmp.resolve("full");
        try (Git git = Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile()).call()) {
            assertThat(git.getRepository().findRef("refs/remotes/origin/scaffold/template")).isNotNull();
        }
        repo = clone;

        CliRun run = update("--to", "v2", "--defaults");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(refs()).containsKey("refs/heads/scaffold/template");
    }

    @Test
    void aDirtyTreeIsRefusedAndNothingIsTouched() throws Exception {
        Files.writeString(repo.resolve("service.conf"), "dirty\n");
        Map<String, ObjectId> refs = refs();

        CliRun run = update("--to", "v2", "--defaults");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has uncommitted changes (service.conf)").hasLineCount(1);
        assertThat(refs()).isEqualTo(refs);
        assertThat(read("service.conf")).isEqualTo("dirty\n");
    }

    @Test
    void anUntrackedFileWhereTheNewVersionAddsOneIsRefusedAndKept() throws Exception {
        Files.writeString(repo.resolve("added.txt"), "mine\n");
        Map<String, ObjectId> refs = refs();
        ObjectId before = head();

        CliRun run = update("--to", "v2", "--defaults");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains("added.txt").hasLineCount(1);
        assertThat(repo.resolve("added.txt")).hasContent("mine");
        assertThat(head()).isEqualTo(before);
        assertThat(refs()).isEqualTo(refs);
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getRepositoryState()).isEqualTo(RepositoryState.SAFE);
            assertThat(git.status().call().hasUncommittedChanges()).isFalse();
        }
    }

    @Test
    void aDryRunListsTheChangesAndWritesNothing() throws Exception {
        userCommit("our image", Map.of("ci.yml", read("ci.yml").replace("base:1", "custom:1"),
                "gone-edited.txt", "changed\n"));
        Map<String, ObjectId> refs = refs();

        CliRun run = update("--to", "v2", "--defaults", "--dry-run");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("added     added.txt", "removed   old.txt", "modified  service.conf",
                "kept      gone-edited.txt", "conflict? ci.yml", "(dry run: nothing written)");
        assertThat(refs()).isEqualTo(refs);
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(git.getRepository().getRepositoryState()).isEqualTo(RepositoryState.SAFE);
        }
        assertThat(repo.resolve("added.txt")).doesNotExist();
    }

    @Test
    void statusReportsBehindAndDriftBeforeAndCurrentAfterTheUpdate() throws Exception {
        CliRun before = cli("status", repo.toString());
        assertThat(before.exitCode()).isEqualTo(ExitCodes.BEHIND);
        assertThat(before.out()).contains("archetype: svc", "recorded:  1.0.0", "newest:    3.0.0 (behind");

        CliRun updated = update("--defaults");
        assertThat(updated.exitCode()).as(updated.out() + updated.err()).isZero();
        CliRun after = cli("status", repo.toString(), "--json");
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        assertThat(new ObjectMapper().readTree(after.out()).toString())
                .isEqualTo("{\"archetype\":\"svc\",\"recorded_version\":\"3.0.0\",\"newest_version\":\"3.0.0\",\"behind\":false,\"drifted\":[]}");

        // Drift: a managed file edited by hand (an owned one is not drift).
        userCommit("hand edits", Map.of("ci.yml", "edited\n", "README.md", "ours\n"));
        CliRun drifted = cli("status", repo.toString());
        assertThat(drifted.exitCode()).isEqualTo(ExitCodes.BEHIND);
        assertThat(drifted.out()).contains("drifted:   ci.yml").doesNotContain("README.md");
    }

    @Test
    void theSameVersionWithTheSameAnswersIsAlreadyUpToDate() throws Exception {
        assertThat(update("--defaults").exitCode()).isZero();
        ObjectId after = head();

        CliRun again = update("--defaults");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already up to date (svc 3.0.0, same answers)");
        assertThat(head()).isEqualTo(after);
    }

    @Test
    void aDowngradeIsRefusedUnlessForced() throws Exception {
        assertThat(update("--to", "v2", "--defaults").exitCode()).isZero();
        ObjectId after = head();

        CliRun down = update("--to", "v1", "--defaults");

        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(down.err()).isEqualTo("scaffold: --to: svc 1.0.0 is older than the recorded 2.0.0; pass --force to downgrade\n");
        assertThat(head()).isEqualTo(after);
    }

    @Test
    void anArchetypeNoLongerInTheCatalogsIsRefused() throws Exception {
        CliRun run = update("--to", "v4", "--defaults");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("scaffold: .scaffold/answers.json: archetype 'svc' is no longer in the catalogs").hasLineCount(1);
    }

    @Test
    void aFolderScaffoldDidNotGenerateIsRefused() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        CliRun run = cli("update", plain.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: DIR: " + plain + " has no .scaffold/answers.json; scaffold update and status"
                + " work on repositories scaffold generated\n");
        assertThat(plain.toFile().list()).isEmpty();
    }

    @Test
    void aVersionFindsItsVTag() throws Exception {
        CliRun run = update("--to", "2", "--defaults", "--dry-run");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("svc 1.0.0 -> 2.0.0");
    }
}
