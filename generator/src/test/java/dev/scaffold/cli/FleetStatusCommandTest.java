package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.fleet.TestFleet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scaffold fleet status} and {@code merge-reports} over a fleet of real bare repositories generated
 * from an org git catalog at v1 and v2: up to date, behind with a team's commit, behind with a change that
 * conflicts with v2, never generated, unreachable, failing a rule, and with a broken answers file.
 */
class FleetStatusCommandTest {
    @TempDir
    static Path shared;

    static TestFleet fleet;
    static Map<String, String> url = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void makeTheFleet() throws Exception {
        fleet = TestFleet.create(shared.resolve("fleet"));
        url.put("current", fleet.generate("a-current", "v2"));
        url.put("behind", fleet.generate("b-behind", "v1"));
        fleet.userCommit("b-behind", "team notes", work -> Files.writeString(work.resolve("NOTES.md"), "team notes\n"));
        url.put("conflict", fleet.generate("c-conflict", "v1"));
        fleet.userCommit("c-conflict", "our own build line", TestFleet::conflictingEdit);
        url.put("plain", fleet.plain("d-plain"));
        url.put("unreachable", "file://" + fleet.remotes.resolve("e-missing.git"));
        url.put("failing", fleet.generate("f-failing", "v2"));
        fleet.userCommit("f-failing", "no healthcheck", work -> dropHealthcheck(work.resolve("Dockerfile")));
        url.put("malformed", fleet.generate("g-malformed", "v2"));
        fleet.userCommit("g-malformed", "oops", work -> Files.writeString(work.resolve(".scaffold/answers.json"), "{ \"archetype\": "));
    }

    @TempDir
    Path tmp;

    @Test
    void statusReportsEveryRepositoryOfTheFleetAndExitsFourWhenAnyNeedsAttention() throws Exception {
        CliRun run = fleetRun("fleet", "status", "--repos", fleet.list(List.copyOf(url.values())).toString(), "--json", "--jobs", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.out()).isEqualTo(expectedJson(List.copyOf(url.keySet())));
        assertThat(run.err().lines()).hasSize(7).allMatch(line -> line.matches("\\[\\d/7] file://.*"));
    }

    @Test
    void aFleetUpToDateAndPassingExitsZeroWithATable() throws Exception {
        CliRun run = fleetRun("fleet", "status", "--repos", fleet.list(List.of(url.get("current"))).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern(Pattern.quote(url.get("current")) + "\\s+org-go\\s+2\\.0\\.0\\s+2\\.0\\.0\\s+ok")
                .endsWith("fleet: 1 repositories: 1 ok, 0 behind, 0 failing a rule, 0 unreadable\n");
    }

    @Test
    void theTableNamesTheStateAndTheRuleOrErrorOfEachRepository() throws Exception {
        CliRun run = fleetRun("fleet", "status", "--repos", fleet.list(List.copyOf(url.values())).toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).containsPattern("b-behind\\.git\\s+org-go\\s+1\\.0\\.0\\s+2\\.0\\.0\\s+behind")
                .containsPattern("f-failing\\.git\\s+org-go\\s+2\\.0\\.0\\s+2\\.0\\.0\\s+failing\\s+SC003")
                .containsPattern("d-plain\\.git\\s+-\\s+-\\s+-\\s+error\\s+no-answers-file: ")
                .endsWith("fleet: 7 repositories: 1 ok, 2 behind, 1 failing a rule, 3 unreadable\n");
    }

    @Test
    void newestVersionsComeFromTheCatalogFlagWhenOneIsGiven() throws Exception {
        Path list = fleet.list(List.of(url.get("behind"), url.get("current")));

        CliRun pinned = fleetRun("fleet", "status", "--repos", list.toString(), "--catalog", fleet.catalogUrl + "#v1");

        assertThat(pinned.exitCode()).as(pinned.err()).isZero();
        assertThat(pinned.out()).containsPattern("b-behind\\.git\\s+org-go\\s+1\\.0\\.0\\s+1\\.0\\.0\\s+ok")
                .containsPattern("a-current\\.git\\s+org-go\\s+2\\.0\\.0\\s+1\\.0\\.0\\s+ok");
    }

    @Test
    void aReRunFetchesIntoTheSameShallowClonesAndSeesNewCommits() throws Exception {
        Path list = fleet.list(List.of(url.get("current")));
        assertThat(fleetRun("fleet", "status", "--repos", list.toString()).exitCode()).isZero();
        Path clone;
        try (Stream<Path> clones = Files.list(tmp.resolve("cache"))) {
            clone = clones.filter(p -> p.getFileName().toString().startsWith("a-current-")).findFirst().orElseThrow();
        }
        assertThat(clone.resolve(".git/shallow")).exists();
        Files.writeString(clone.resolve(".git/test-marker"), "a fresh clone would not have it");
        Files.writeString(clone.resolve("stray"), "an untracked file: the work tree is reset to the remote's commit");

        TestFleet second = TestFleet.create(tmp.resolve("other"));
        String otherTwin = second.generate("a-current", "v1");
        try (Git git = Git.open(fleet.remote("a-current").toFile())) {
            // The remote moves on: its default branch now holds a v1 repository (a force-push by its team).
            git.fetch().setRemote(otherTwin).setRefSpecs("+refs/heads/main:refs/heads/main").call();
        }

        try {
            CliRun again = fleetRun("fleet", "status", "--repos", list.toString(), "--json");
            assertThat(again.out()).contains("\"version\" : \"1.0.0\"", "\"behind\" : true");
            assertThat(clone.resolve(".git/test-marker")).exists();
            assertThat(clone.resolve("stray")).doesNotExist();
            assertThat(clone.resolve(".git/shallow")).exists();
        } finally {
            restoreCurrent();
        }
    }

    @Test
    void shardsCoverTheListOnceAndTheirMergedReportIsTheWholeFleetsReport() throws Exception {
        Path list = fleet.list(List.copyOf(url.values()));
        List<String> shardFiles = new ArrayList<>();
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            CliRun shard = fleetRun("fleet", "status", "--repos", list.toString(), "--shard", i + "/3", "--json");
            Path file = tmp.resolve("shard-" + i + ".json");
            Files.writeString(file, shard.out());
            shardFiles.add(file.toString());
            total += shard.err().lines().count();
            assertThat(shard.out()).contains("\"repos\" : " + (i == 1 ? 3 : 2) + ",");
        }
        assertThat(total).isEqualTo(7);

        List<String> args = new ArrayList<>(List.of("fleet", "merge-reports", "--json", "--html", tmp.resolve("fleet.html").toString()));
        args.addAll(shardFiles);
        CliRun merged = fleetRun(args.toArray(String[]::new));

        assertThat(merged.exitCode()).as(merged.err()).isEqualTo(4);
        assertThat(merged.out()).isEqualTo(expectedJson(List.copyOf(url.keySet())));
        assertThat(tmp.resolve("fleet.html")).content().contains("<svg id=\"by-version\"", "f-failing.git")
                .doesNotContain("<script src", "<link", "https://cdn");
    }

    @Test
    void mergeReportsRefusesOverlappingShardsAndFilesThatAreNotReports() throws Exception {
        Path list = fleet.list(List.of(url.get("current")));
        Path one = tmp.resolve("one.json");
        Files.writeString(one, fleetRun("fleet", "status", "--repos", list.toString(), "--json").out());
        Files.writeString(tmp.resolve("junk.json"), "[1, 2]");

        CliRun twice = fleetRun("fleet", "merge-reports", one.toString(), one.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("scaffold: REPORT: " + url.get("current") + " is in more than one report; shards must not overlap\n");
        CliRun junk = fleetRun("fleet", "merge-reports", tmp.resolve("junk.json").toString());
        assertThat(junk.exitCode()).isEqualTo(2);
        assertThat(junk.err()).isEqualTo("scaffold: REPORT: " + tmp.resolve("junk.json") + ": not a scaffold fleet report (format 1)\n");
    }

    @Test
    void inputErrorsAreOneLineExitTwoAndTouchNothing() throws Exception {
        Path list = fleet.list(List.of(url.get("current")));
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "# comment\n\nsvn://host/repo\n");

        assertInputError("--shard: must read I/N with 1 <= I <= N, e.g. 2/8 (got '4/3')", "--repos", list.toString(), "--shard", "4/3");
        assertInputError("--jobs: must be an integer from 1 to 256 (got 0)", "--repos", list.toString(), "--jobs", "0");
        assertInputError("--repos: " + bad + ":3: unsupported URL scheme; use https, ssh, git, file, git@host:path or a local path"
                + " (got 'svn://host/repo')", "--repos", bad.toString());
        assertInputError("--repos: cannot read " + tmp.resolve("none.txt") + " (NoSuchFileException)", "--repos",
                tmp.resolve("none.txt").toString());
        assertInputError("--html: " + tmp.resolve("no/page.html") + ": its folder does not exist", "--repos", list.toString(),
                "--html", tmp.resolve("no/page.html").toString());
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    private void assertInputError(String message, String... args) {
        List<String> all = new ArrayList<>(List.of("fleet", "status"));
        all.addAll(List.of(args));
        CliRun run = fleetRun(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: " + message + "\n");
        assertThat(run.out()).isEmpty();
    }

    private CliRun fleetRun(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.get(1).equals("status")) {
            all.addAll(List.of("--cache", tmp.resolve("cache").toString()));
        }
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/nonexistent/scaffold-test-config",
                "XDG_CACHE_HOME", tmp.resolve("xdg-cache").toString());
        return CliRun.withEnv(env, all.toArray(String[]::new));
    }

    /** The whole report, field by field: what a platform team's scripts would read. */
    static String expectedJson(List<String> keys) throws IOException {
        Map<String, String> rows = new java.util.TreeMap<>();
        for (String key : keys) {
            String u = url.get(key);
            rows.put(u, switch (key) {
                case "current" -> row(u, "ok", "a-current", "\"org-go\"", "\"2.0.0\"", "\"2.0.0\"", false, "{ }", "null");
                case "behind" -> row(u, "behind", "b-behind", "\"org-go\"", "\"1.0.0\"", "\"2.0.0\"", true, "{ }", "null");
                case "conflict" -> row(u, "behind", "c-conflict", "\"org-go\"", "\"1.0.0\"", "\"2.0.0\"", true, "{ }", "null");
                case "plain" -> row(u, "error", "d-plain", "null", "null", "null", false, "{ }", error("no-answers-file",
                        "no .scaffold/answers.json on branch main: not generated by scaffold"));
                case "unreachable" -> "{\n    \"url\" : \"" + u + "\",\n    \"state\" : \"error\",\n    \"branch\" : null,\n"
                        + "    \"commit\" : null,\n    \"archetype\" : null,\n    \"version\" : null,\n    \"newest\" : null,\n"
                        + "    \"behind\" : false,\n    \"findings\" : { },\n    \"error\" : "
                        + error("unreachable", u + ": not found.") + "\n  }";
                case "failing" -> row(u, "failing", "f-failing", "\"org-go\"", "\"2.0.0\"", "\"2.0.0\"", false,
                        "{\n      \"SC003\" : [ \"Dockerfile:65: no HEALTHCHECK in the runtime stage\" ]\n    }", "null");
                case "malformed" -> row(u, "error", "g-malformed", "null", "null", "null", false, "{ }", error("malformed",
                        ".scaffold/answers.json: not valid JSON at line 1, column 16: Unexpected end-of-input within/between Object entries"));
                default -> throw new IllegalArgumentException(key);
            });
        }
        long ok = keys.stream().filter(k -> k.equals("current")).count();
        long behind = keys.stream().filter(k -> k.equals("behind") || k.equals("conflict")).count();
        long failing = keys.stream().filter(k -> k.equals("failing")).count();
        long errors = keys.stream().filter(k -> List.of("plain", "unreachable", "malformed").contains(k)).count();
        return "{\n  \"format\" : 1,\n  \"summary\" : {\n    \"repos\" : " + keys.size() + ",\n    \"ok\" : " + ok
                + ",\n    \"behind\" : " + behind + ",\n    \"failing\" : " + failing + ",\n    \"errors\" : " + errors
                + "\n  },\n  \"repos\" : [ " + String.join(", ", rows.values()) + " ]\n}\n";
    }

    private static String row(String u, String state, String name, String archetype, String version, String newest,
            boolean behind, String findings, String error) throws IOException {
        return "{\n    \"url\" : \"" + u + "\",\n    \"state\" : \"" + state + "\",\n    \"branch\" : \"main\",\n"
                + "    \"commit\" : \"" + head(name) + "\",\n    \"archetype\" : " + archetype + ",\n    \"version\" : " + version
                + ",\n    \"newest\" : " + newest + ",\n    \"behind\" : " + behind + ",\n    \"findings\" : " + findings
                + ",\n    \"error\" : " + error + "\n  }";
    }

    private static String error(String kind, String message) {
        return "{\n      \"kind\" : \"" + kind + "\",\n      \"message\" : \"" + message + "\"\n    }";
    }

    private static String head(String name) throws IOException {
        try (Git git = Git.open(fleet.remote(name).toFile())) {
            return git.getRepository().resolve("refs/heads/main").name();
        }
    }

    private static void restoreCurrent() throws Exception {
        try (Git git = Git.open(fleet.remote("a-current").toFile())) {
            git.fetch().setRemote(fleet.root.resolve("work/a-current").toUri().toString())
                    .setRefSpecs("+refs/heads/main:refs/heads/main").call();
        }
    }

    private static void dropHealthcheck(Path dockerfile) throws IOException {
        List<String> kept = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(dockerfile)) {
            boolean drop = line.startsWith("HEALTHCHECK") || continued;
            continued = drop && line.endsWith("\\");
            if (!drop) {
                kept.add(line);
            }
        }
        Files.write(dockerfile, kept);
    }
}
