package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aGeneratedRepositoryPassesWithExitCodeZero() {
        Path repo = tmp.resolve("svc");
        CliRun.run("new", repo.toString(), "--defaults", "--no-git");

        CliRun run = CliRun.run("check", repo.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("scaffold check: " + repo + " passes 13 rules\n");
    }

    @Test
    void findingsArePrintedWithFileLineAndRuleAndExitCodeOne() throws IOException {
        Files.writeString(tmp.resolve("Dockerfile"), "FROM python:latest\nCMD python app.py\n");

        CliRun run = CliRun.run("check", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Dockerfile:1: SC005 base image python:latest uses the latest tag",
                "Dockerfile:2: SC004 CMD in shell form", ".dockerignore: SC009 missing", "finding(s) in " + tmp);
    }

    @Test
    void aMissingFolderIsBadInput() {
        CliRun run = CliRun.run("check", tmp.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: DIR: " + tmp.resolve("nope") + " is not a directory\n");
    }

    @Test
    void listNamesEveryRule() {
        assertThat(CliRun.run("check", "--list").out()).contains("SC001", "SC010");
    }
}
