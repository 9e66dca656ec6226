package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.fleet.TestFleet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scaffold fleet update} over real bare repositories: the update branches it pushes (content, parents,
 * conflict markers), the default branches it leaves alone, and a second run that changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetUpdateCommandTest {
    private static final String BRANCH = "scaffold/update-2.0.0";

    @TempDir
    static Path shared;

    static TestFleet fleet;
    static final Map<String, String> URL = new java.util.LinkedHashMap<>();
    static Path list;

    @BeforeAll
    static void makeTheFleet() throws Exception {
        fleet = TestFleet.create(shared.resolve("fleet"));
        URL.put("a-current", fleet.generate("a-current", "v2"));
        URL.put("b-behind", fleet.generate("b-behind", "v1"));
        fleet.userCommit("b-behind", "team notes", work -> Files.writeString(work.resolve("NOTES.md"), "team notes\n"));
        URL.put("c-conflict", fleet.generate("c-conflict", "v1"));
        fleet.userCommit("c-conflict", "our own build line", TestFleet::conflictingEdit);
        URL.put("d-plain", fleet.plain("d-plain"));
        URL.put("e-missing", "file://" + fleet.remotes.resolve("e-missing.git"));
        list = fleet.list(List.copyOf(URL.values()));
    }

    @Test
    @Order(1)
    void withoutPushTheBranchesStayInTheScratchClonesAndNoRemoteChanges() throws Exception {
        Map<String, Map<String, String>> before = allRefs();
        CliRun run = fleetRun(shared.resolve("nopush"), "--repos", fleet.list(List.of(URL.get("b-behind"))).toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("updated    " + URL.get("b-behind") + " [" + BRANCH + "] org-go 1.0.0 -> 2.0.0",
                "not pushed (no --push); the branch is in " + shared.resolve("nopush/updates"))
                .endsWith("fleet update: 1 updated, 0 conflicted, 0 skipped, 0 failed\n");
        assertThat(allRefs()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void pushLeavesOneReviewableBranchPerBehindRepositoryAndTouchesNoDefaultBranch() throws Exception {
        Map<String, Map<String, String>> before = allRefs();
        CliRun run = fleetRun(shared.resolve("cache"), "--repos", list.toString(), "--push", "--jobs", "2",
                "--author", "Platform Team <platform@acme.example>");

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(1);
        assertThat(run.out()).contains(
                        "skipped    " + URL.get("a-current") + " org-go 2.0.0 -> 2.0.0\n           up to date (org-go 2.0.0)\n",
                        "updated    " + URL.get("b-behind") + " [" + BRANCH + "] org-go 1.0.0 -> 2.0.0\n"
                                + "           or:   gh pr create --base main --head " + BRANCH
                                + " --title 'scaffold update: org-go 1.0.0 -> 2.0.0' --body 'Made by scaffold fleet update.'\n",
                        "conflicted " + URL.get("c-conflict") + " [" + BRANCH + "] org-go 1.0.0 -> 2.0.0\n"
                                + "           conflicts: Dockerfile\n",
                        "failed     " + URL.get("d-plain") + "\n           no-answers-file: no .scaffold/answers.json on branch main",
                        "failed     " + URL.get("e-missing") + "\n           unreachable: " + URL.get("e-missing") + ": not found.")
                .endsWith("fleet update: 1 updated, 1 conflicted, 1 skipped, 2 failed\n");

        Map<String, Map<String, String>> after = allRefs();
        for (String name : List.of("a-current", "d-plain")) {
            assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        }
        for (String name : List.of("b-behind", "c-conflict")) {
            Map<String, String> expected = new TreeMap<>(before.get(name));
            expected.put("refs/heads/" + BRANCH, after.get(name).get("refs/heads/" + BRANCH));
            assertThat(after.get(name)).as("only the update branch is new in " + name).isEqualTo(expected);
        }

        try (Repository repo = Git.open(fleet.remote("b-behind").toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            RevCommit update = walk.parseCommit(repo.resolve("refs/heads/" + BRANCH));
            assertThat(update.getParentCount()).isEqualTo(2);
            assertThat(update.getParent(0).getId()).isEqualTo(repo.resolve("refs/heads/main"));
            RevCommit render = walk.parseCommit(update.getParent(1));
            assertThat(render.getFullMessage()).contains("Scaffold-Template: org-go 2.0.0");
            assertThat(update.getAuthorIdent().getEmailAddress()).isEqualTo("platform@acme.example");
            assertThat(file(repo, update, "Dockerfile")).contains(TestFleet.V2_BUILD_LINE.replace("NAME", "b-behind") + "\n")
                    .doesNotContain("<<<<<<<");
            assertThat(file(repo, update, "NOTES.md")).isEqualTo("team notes\n");
            assertThat(file(repo, update, ".editorconfig")).contains("end_of_line = lf");
            assertThat(file(repo, update, ".scaffold/answers.json")).contains("\"version\" : \"2.0.0\"");
            assertThat(file(repo, walk.parseCommit(repo.resolve("refs/heads/main")), "Dockerfile"))
                    .contains(TestFleet.V1_BUILD_LINE.replace("NAME", "b-behind") + "\n");
        }
        try (Repository repo = Git.open(fleet.remote("c-conflict").toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            RevCommit update = walk.parseCommit(repo.resolve("refs/heads/" + BRANCH));
            assertThat(update.getParentCount()).isEqualTo(2);
            assertThat(update.getParent(0).getId()).isEqualTo(repo.resolve("refs/heads/main"));
            assertThat(update.getFullMessage()).startsWith("scaffold update: org-go 1.0.0 -> 2.0.0 (conflicts to resolve)")
                    .contains("  Dockerfile");
            assertThat(file(repo, update, "Dockerfile")).contains("<<<<<<< ", "\n" + TestFleet.TEAM_BUILD_LINE + "\n=======\n"
                    + TestFleet.V2_BUILD_LINE.replace("NAME", "c-conflict") + "\n>>>>>>> ");
            assertThat(walk.parseCommit(update.getParent(1)).getFullMessage()).contains("Scaffold-Template: org-go 2.0.0");
            assertThat(file(repo, update, ".editorconfig")).contains("end_of_line = lf");
            assertThat(file(repo, update, ".scaffold/answers.json")).contains("\"version\" : \"2.0.0\"");
        }

        CliRun again = fleetRun(shared.resolve("cache"), "--repos", list.toString(), "--push", "--json");
        assertThat(allRefs()).as("a second run changes nothing").isEqualTo(after);
        assertThat(again.out()).contains("\"summary\" : {\n    \"updated\" : 0,\n    \"conflicted\" : 0,\n    \"skipped\" : 3,\n"
                + "    \"failed\" : 2\n  }", "\"detail\" : \"the remote already has branch " + BRANCH + " at 2.0.0\"");
        try (var scratch = Files.list(shared.resolve("cache/updates"))) {
            assertThat(scratch.toList()).as("pushed and skipped repositories leave no scratch clone").isEmpty();
        }
    }

    @Test
    @Order(3)
    void aBranchNameWithoutTheRulesOfGitIsAnInputError() {
        CliRun run = fleetRun(shared.resolve("bad"), "--repos", list.toString(), "--branch", "update..x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: --branch: must be a git branch name of letters, digits, '.', '_', '-' and '/',"
                + " with VERSION for the target version (got 'update..x')\n");
        assertThat(shared.resolve("bad")).doesNotExist();
    }

    private static CliRun fleetRun(Path cache, String... args) {
        List<String> all = new ArrayList<>(List.of("fleet", "update", "--cache", cache.toString()));
        all.addAll(List.of(args));
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/nonexistent/scaffold-test-config",
                "XDG_CACHE_HOME", shared.resolve("xdg-cache").toString());
        return CliRun.withEnv(env, all.toArray(String[]::new));
    }

    /** Every ref of every remote of the fleet, by repository name. */
    private static Map<String, Map<String, String>> allRefs() throws IOException {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (String name : List.of("a-current", "b-behind", "c-conflict", "d-plain")) {
            try (Git git = Git.open(fleet.remote(name).toFile())) {
                Map<String, String> refs = new TreeMap<>();
                for (Ref ref : git.getRepository().getRefDatabase().getRefs()) {
                    refs.put(ref.getName(), ref.getObjectId() == null ? "?" : ref.getObjectId().name());
                }
                all.put(name, refs);
            }
        }
        return all;
    }

    private static String file(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            assertThat(walk).as(path + " in " + commit.name()).isNotNull();
            ObjectId id = walk.getObjectId(0);
            return new String(repo.open(id).getBytes(), StandardCharsets.UTF_8);
        }
    }
}
