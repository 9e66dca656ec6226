package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.ScaffoldVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void generatesARepositoryWithOneCommitOnMainAndACleanStatus() throws IOException, GitAPIException {
        Path target = tmp.resolve("demo");
        CliRun run = CliRun.run("new", target.toString(), "--defaults", "--author", "Ada Lovelace <ada@example.org>");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created " + target + " from python-fastapi-uv");
        try (Git git = Git.open(target.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            List<RevCommit> commits = Stream.of(git.log().call().iterator()).flatMap(i -> {
                List<RevCommit> all = new java.util.ArrayList<>();
                i.forEachRemaining(all::add);
                return all.stream();
            }).toList();
            assertThat(commits).hasSize(1);
            assertThat(commits.get(0).getAuthorIdent().getName()).isEqualTo("Ada Lovelace");
            assertThat(commits.get(0).getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.org");
            assertThat(git.status().call().isClean()).isTrue();
        }
        assertThat(tmp.toFile().list()).containsExactly("demo");
    }

    @Test
    void recordsTheArchetypeAndEveryAnswerInTheAnswersFile() throws IOException {
        Path target = tmp.resolve("orders-api");
        CliRun run = CliRun.run("new", target.toString(), "--defaults", "--no-git", "--port", "9090", "-d", "workers=4");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(target.resolve(".git")).doesNotExist();
        assertThat(Files.readString(target.resolve(".scaffold/answers.json")))
                .contains("\"scaffold_version\" : \"" + ScaffoldVersion.get() + "\"")
                .contains("\"id\" : \"python-fastapi-uv\"")
                .contains("\"name\" : \"orders-api\"")
                .contains("\"port\" : 9090")
                .contains("\"workers\" : 4")
                .contains("\"base_image\" : \"python:3.12-slim-bookworm\"");
    }

    @Test
    void theSameAnswersGiveTheSameBytes() throws IOException {
        CliRun.run("new", tmp.resolve("a/svc").toString(), "--defaults", "--no-git");
        CliRun.run("new", tmp.resolve("b/svc").toString(), "--defaults", "--no-git");

        assertThat(contents(tmp.resolve("a/svc"))).isNotEmpty().isEqualTo(contents(tmp.resolve("b/svc")));
    }

    @Test
    void anAnswersFileRendersTheSameRepositoryAgain() throws IOException {
        CliRun.run("new", tmp.resolve("first").toString(), "--defaults", "--no-git", "--port", "8123", "--user", "svc");
        CliRun run = CliRun.run("new", tmp.resolve("again/first").toString(), "--defaults", "--no-git",
                "--answers", tmp.resolve("first/.scaffold/answers.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(contents(tmp.resolve("again/first"))).isEqualTo(contents(tmp.resolve("first")));
    }

    @Test
    void readsAnswersPipedOnStandardInputLineByLine() throws IOException {
        Path target = tmp.resolve("piped");
        CliRun run = CliRun.withInput("1\n\n\n1\n", "new", target.toString(), "--no-git");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Stack (archetype):", "1) python-fastapi-uv", "Python version:");
        assertThat(Files.readString(target.resolve(".scaffold/answers.json")))
                .contains("\"python_version\" : \"3.11\"")
                .contains("\"base_image\" : \"python:3.11-slim-bookworm\"");
    }

    @Test
    void dryRunPrintsTheTreeAndWritesNothing() {
        CliRun run = CliRun.run("new", tmp.resolve("dry").toString(), "--defaults", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(".scaffold/answers.json").contains("dry run: nothing written");
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.run("new", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0   success", "1   generation failed", "2   bad input",
                "--archetype", "--base-image", "--health-path", "--dry-run", "--answers");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(CliRun.run("--version").out().strip()).isEqualTo("scaffold " + ScaffoldVersion.get());
    }

    static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".git")).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
