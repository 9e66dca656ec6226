package dev.scaffold.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Known-bad Dockerfiles fail with exactly the rule they break; a good one passes. */
class CheckerTest {
    private static final String GOOD = """
            # syntax=docker/dockerfile:1
            ARG PY=3.12
            FROM python:${PY}-slim AS builder
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            COPY src ./src
            FROM python:${PY}-slim
            RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \\
             && rm -rf /var/lib/apt/lists/*
            COPY --from=builder /app /app
            EXPOSE 8000
            HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
            USER app
            CMD ["python", "-m", "app"]
            """;

    @TempDir
    Path repo;

    private List<String> ruleIds(String dockerfile) throws IOException {
        Files.writeString(repo.resolve("Dockerfile"), dockerfile);
        Files.writeString(repo.resolve(".dockerignore"), ".git\n.env\n");
        return new Checker().check(repo).findings().stream().map(Finding::ruleId).toList();
    }

    static Stream<Arguments> badDockerfiles() {
        return Stream.of(
                Arguments.of("single stage", GOOD.replace("FROM python:${PY}-slim AS builder", "")
                        .replace("COPY --from=builder /app /app\n", ""), List.of("SC001")),
                Arguments.of("no USER", GOOD.replace("USER app\n", ""), List.of("SC002")),
                Arguments.of("USER root last", GOOD.replace("USER app", "USER app\nUSER root"), List.of("SC002")),
                Arguments.of("USER 0:0", GOOD.replace("USER app", "USER 0:0"), List.of("SC002")),
                Arguments.of("no HEALTHCHECK", GOOD.replaceAll("HEALTHCHECK .*\n", ""), List.of("SC003")),
                Arguments.of("HEALTHCHECK NONE", GOOD.replaceAll("HEALTHCHECK .*\n", "HEALTHCHECK NONE\n"), List.of("SC003")),
                Arguments.of("shell-form CMD", GOOD.replace("CMD [\"python\", \"-m\", \"app\"]", "CMD python -m app"), List.of("SC004")),
                Arguments.of("shell-form ENTRYPOINT", GOOD + "ENTRYPOINT /entry.sh\n", List.of("SC004")),
                Arguments.of("untagged base", GOOD.replace("FROM python:${PY}-slim\n", "FROM python\n"), List.of("SC005")),
                Arguments.of("latest base", GOOD.replace("ARG PY=3.12", "ARG PY=latest").replace("${PY}-slim", "${PY}"),
                        List.of("SC005", "SC005")),
                Arguments.of("registry port is not a tag", GOOD.replace("FROM python:${PY}-slim\n", "FROM reg:5000/python\n"),
                        List.of("SC005")),
                Arguments.of("apt without --no-install-recommends", GOOD.replace(" --no-install-recommends", ""), List.of("SC006")),
                Arguments.of("apt lists kept", GOOD.replace("\\\n && rm -rf /var/lib/apt/lists/*", ""), List.of("SC006")),
                Arguments.of("source before dependencies", GOOD.replace("COPY requirements.txt .", "COPY . ."), List.of("SC007")),
                Arguments.of("secret in ENV", GOOD.replace("USER app", "ENV OPENAI_API_KEY=sk-123\nUSER app"), List.of("SC008")),
                Arguments.of("secret in ARG", GOOD.replace("USER app", "ARG DB_PASSWORD=hunter2\nUSER app"), List.of("SC008")),
                Arguments.of("EXPOSE disagrees with HEALTHCHECK", GOOD.replace("EXPOSE 8000", "EXPOSE 9000")
                        .replace("127.0.0.1:8000", "127.0.0.1:8000"), List.of("SC010")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDockerfiles")
    void aKnownBadDockerfileFailsWithTheRuleItBreaks(String name, String dockerfile, List<String> rules) throws IOException {
        assertThat(ruleIds(dockerfile)).containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void aGoodDockerfilePasses() throws IOException {
        assertThat(ruleIds(GOOD)).isEmpty();
    }

    @Test
    void secretNamesWithoutValuesOrWithVariablesAreFine() throws IOException {
        assertThat(ruleIds(GOOD.replace("USER app", "ARG API_TOKEN\nENV DB_PASSWORD=${DB_PASSWORD}\nUSER app"))).isEmpty();
    }

    @Test
    void findingsCarryFileLineAndRule() throws IOException {
        Files.writeString(repo.resolve("Dockerfile"), GOOD.replace("USER app", "USER root"));
        Files.writeString(repo.resolve(".dockerignore"), ".git\n.env\n");

        assertThat(new Checker().check(repo).findings()).extracting(Finding::toString)
                .containsExactly("Dockerfile:13: SC002 the last USER is root: the container runs as root");
    }

    @Test
    void aMissingOrIncompleteDockerignoreFails() throws IOException {
        Files.writeString(repo.resolve("Dockerfile"), GOOD);
        Files.writeString(repo.resolve("package.json"), "{}");
        assertThat(new Checker().check(repo).findings()).extracting(Finding::message)
                .containsExactly("missing: the whole folder, .git and .env included, is sent to the build");

        Files.writeString(repo.resolve(".dockerignore"), "/.git/\n*.log\n");
        assertThat(new Checker().check(repo).findings()).extracting(Finding::message)
                .containsExactly("does not exclude .env", "does not exclude node_modules");
    }

    @Test
    void aRustRepositoryMustKeepTargetOutOfTheBuildContext() throws IOException {
        Files.writeString(repo.resolve("Dockerfile"), GOOD);
        Files.writeString(repo.resolve("Cargo.toml"), "[package]\nname = \"svc\"\n");
        Files.writeString(repo.resolve(".dockerignore"), ".git\n.env\n");
        assertThat(new Checker().check(repo).findings()).extracting(Finding::message)
                .containsExactly("does not exclude target");

        Files.writeString(repo.resolve(".dockerignore"), ".git\n.env\ntarget\n");
        assertThat(new Checker().check(repo).findings()).isEmpty();
    }

    @Test
    void aRustAppMustServeTheHealthPath() throws IOException {
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/lib.rs"), "pub const HEALTH_PATH: &str = \"/status\";\n");

        assertThat(ruleIds(GOOD)).containsExactly("SC010");
        Files.writeString(repo.resolve("src/lib.rs"), "pub const HEALTH_PATH: &str = \"/health\";\n");
        assertThat(ruleIds(GOOD)).isEmpty();
    }

    @Test
    void theAppMustServeTheHealthPath() throws IOException {
        Files.createDirectories(repo.resolve("src/app"));
        Files.writeString(repo.resolve("src/app/main.py"), "@app.get(\"/status\")\n");

        assertThat(ruleIds(GOOD)).containsExactly("SC010");
        Files.writeString(repo.resolve("src/app/main.py"), "@app.get(\"/health\")\n");
        assertThat(ruleIds(GOOD)).isEmpty();
    }

    @Test
    void aRuleSwitchedOffWithAReasonIsNotRun() throws IOException {
        Files.createDirectories(repo.resolve(".scaffold"));
        Files.writeString(repo.resolve(".scaffold/check.json"), "{\"disable\": {\"SC003\": \"the orchestrator probes it\"}}");

        assertThat(ruleIds(GOOD.replaceAll("HEALTHCHECK .*\n", ""))).isEmpty();
        assertThat(new Checker().check(repo).config().disabled()).containsEntry("SC003", "the orchestrator probes it");
    }

    @Test
    void switchingARuleOffNeedsAReasonAndAKnownId() throws IOException {
        Files.createDirectories(repo.resolve(".scaffold"));
        Files.writeString(repo.resolve(".scaffold/check.json"), "{\"disable\": {\"SC003\": \"\"}}");
        assertThatThrownBy(() -> new Checker().check(repo)).isInstanceOf(InputException.class)
                .hasMessage(".scaffold/check.json: disable.SC003: give the reason for switching the rule off");

        Files.writeString(repo.resolve(".scaffold/check.json"), "{\"disable\": {\"SC999\": \"x\"}}");
        assertThatThrownBy(() -> new Checker().check(repo)).hasMessageStartingWith(".scaffold/check.json: disable.SC999: unknown rule");
    }

    private static final OrgSettings ACME = new OrgSettings("acme", Map.of(), List.of("python:3.12", "registry.acme.example/"),
            List.of("org.opencontainers.image.source", "com.acme.team"), Map.of(), OrgSettings.CiSettings.NONE);
    private static final String LABELS = "LABEL org.opencontainers.image.source=\"${SOURCE_URL}\" \\\n      \"com.acme.team\"=payments\n";

    private List<String> policyRuleIds(String dockerfile) throws IOException {
        Files.writeString(repo.resolve("Dockerfile"), dockerfile);
        Files.writeString(repo.resolve(".dockerignore"), ".git\n.env\n");
        return new Checker(ACME).check(repo).findings().stream().map(Finding::ruleId).toList();
    }

    static Stream<Arguments> policyCases() {
        String good = GOOD.replace("USER app", LABELS + "USER app");
        return Stream.of(
                Arguments.of("allowed base and every required label", good, List.of()),
                Arguments.of("runtime base outside the allowed prefixes", good.replace("FROM python:${PY}-slim\n", "FROM node:22-slim\n"),
                        List.of("SC011")),
                Arguments.of("the ARG decides the base", good.replace("ARG PY=3.12", "ARG PY=3.11"), List.of("SC011")),
                Arguments.of("only the builder is outside: it does not ship", good.replace("FROM python:${PY}-slim AS builder",
                        "FROM ghcr.io/astral-sh/uv:0.9-bookworm AS builder"), List.of()),
                Arguments.of("runtime built FROM an earlier stage is followed to its image", good
                        .replace("FROM python:${PY}-slim\n", "FROM node:22-slim AS base\nFROM base\n"), List.of("SC011")),
                Arguments.of("a required label missing", good.replace(" \\\n      \"com.acme.team\"=payments", ""), List.of("SC012")),
                Arguments.of("no LABEL at all", GOOD, List.of("SC012", "SC012")),
                Arguments.of("labels set only in the builder stage", GOOD.replace("COPY src ./src", LABELS + "COPY src ./src"),
                        List.of("SC012", "SC012")),
                Arguments.of("legacy LABEL key value form", GOOD.replace("USER app",
                        "LABEL org.opencontainers.image.source https://git.acme.example/svc\nLABEL com.acme.team=\"a b\"\nUSER app"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyCases")
    void theOrgPolicyRulesFailExactlyWhenThePolicyIsBroken(String name, String dockerfile, List<String> rules) throws IOException {
        assertThat(policyRuleIds(dockerfile)).containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void withoutAnOrgPolicyThePolicyRulesHold() throws IOException {
        assertThat(ruleIds(GOOD.replace("FROM python:${PY}-slim\n", "FROM node:22-slim\n"))).isEmpty();
        assertThat(new Checker().rules()).extracting(Rule::id).contains("SC011", "SC012");
    }

    @Test
    void aPolicyFindingNamesTheImageAndTheAllowedPrefixes() throws IOException {
        Files.writeString(repo.resolve("Dockerfile"), GOOD.replace("USER app", LABELS + "USER app").replace("ARG PY=3.12", "ARG PY=3.11"));
        Files.writeString(repo.resolve(".dockerignore"), ".git\n.env\n");

        assertThat(new Checker(ACME).check(repo).findings()).extracting(Finding::toString).containsExactly(
                "Dockerfile:7: SC011 the runtime base image python:3.11-slim is outside the acme policy;"
                        + " allowed prefixes: python:3.12, registry.acme.example/");
    }
}
