package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.cli.ScaffoldCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates a python-fastapi-uv repository and proves it works: its lock is consistent, its own tests
 * pass with uv, its workflow, Compose files and Dockerfile pass the real linters, and its image builds
 * with buildah, starts, answers the health path as the chosen non-root UID and passes its HEALTHCHECK.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PythonUvArchetypeIT {
    private static final String USER = "svc";
    private static final int UID = 10042;
    private static final String HEALTH = "/healthz";

    @TempDir
    static Path tmp;
    static Path repo;
    static int port;

    @BeforeAll
    static void generate() {
        port = EndToEnd.freePort();
        repo = tmp.resolve("e2e-uv");
        int exit = ScaffoldCommand.commandLine().execute("new", repo.toString(), "--defaults",
                "-d", "python_version=3.11", "--base-image", "python:3.11-slim-bookworm",
                "--port", String.valueOf(port), "--user", USER, "--uid", String.valueOf(UID), "--health-path", HEALTH,
                "--author", "CI <ci@example.org>");
        assertThat(exit).isZero();
    }

    @Test
    @Order(1)
    void itsLockIsConsistentAndItsOwnTestsPassWithUv() {
        EndToEnd.requireTools("uv");
        EndToEnd.succeed(repo, "uv-lock-check", 5, "uv", "lock", "--check");
        EndToEnd.succeed(repo, "uv-sync", 10, "uv", "sync", "--locked");
        EndToEnd.succeed(repo, "uv-ruff", 5, "uv", "run", "--locked", "ruff", "check");
        EndToEnd.succeed(repo, "uv-ruff-format", 5, "uv", "run", "--locked", "ruff", "format", "--check");
        String pytest = EndToEnd.succeed(repo, "uv-pytest", 5, "uv", "run", "--locked", "pytest", "-q");
        assertThat(pytest).containsPattern("\\d+ passed");
    }

    @Test
    @Order(2)
    void itsWorkflowComposeFilesAndDockerfilePassTheLinters() {
        EndToEnd.requireTools("node", "bash");
        EndToEnd.succeed(EndToEnd.REPO, "lint-uv", 5, "bash", "e2e/lint.sh", repo.toString());
    }

    @Test
    @Order(3)
    void itsImageBuildsStartsAndAnswersHealthAsTheNonRootUser() {
        EndToEnd.requireTools("buildah", "debootstrap", "curl");
        String report = EndToEnd.succeed(EndToEnd.REPO, "image-uv", 40, "bash", "e2e/image-check.sh", repo.toString(),
                "--port", String.valueOf(port), "--uid", String.valueOf(UID), "--user", USER,
                "--health-path", HEALTH, "--touch", "src/e2e_uv/main.py",
                "--forbid-packages", "pytest,ruff,mypy,httpx");
        assertThat(report).contains("uid=" + UID).contains("healthcheck=ok");
        System.out.println("[e2e python-fastapi-uv] " + report.lines().filter(l -> l.matches("[a-z_]+=.*")).toList());
    }
}
