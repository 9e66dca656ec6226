package dev.scaffold.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.check.Dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SC010: the port and the health path agree across Dockerfile, Compose files, CI workflows and the
 * app. The expected values come from the answers file when there is one, else from the Dockerfile.
 */
final class ConsistencyRule implements Rule {
    private static final Pattern URL_PATH = Pattern.compile("https?://[^/\\s'\"]+?(?::(\\d+))?(/[^\\s'\"\\\\)]*)");
    private static final String SOURCES = "(src|app|cmd|internal|lib)/.*\\.(py|ts|js|mjs|go|java|kt|rs)|[^/]*\\.(py|go)";

    @Override
    public String id() {
        return "SC010";
    }

    @Override
    public String description() {
        return "the port and the health path agree across Dockerfile, Compose files, CI workflows and the app";
    }

    @Override
    public List<Finding> check(Repo repo) {
        Expected expected = expected(repo);
        if (expected == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        repo.dockerfile().ifPresent(d -> {
            for (Instruction expose : d.inFinalStage("EXPOSE")) {
                if (!d.expand(expose.arguments()).split("[\\s/]")[0].equals(expected.port)) {
                    findings.add(new Finding(Repo.DOCKERFILE, expose.line(), id(),
                            "EXPOSE " + expose.arguments() + " but the service listens on " + expected.port));
                }
            }
            for (Instruction check : d.inFinalStage("HEALTHCHECK")) {
                // A HEALTHCHECK may delegate to the app (a Go binary's -healthcheck knows its port and path);
                // one that names a URL must name the right one.
                if (URL_PATH.matcher(check.arguments()).find()) {
                    requireBoth(findings, Repo.DOCKERFILE, check.line(), check.arguments(), expected, "HEALTHCHECK");
                }
            }
        });
        for (String compose : repo.files("docker-compose[^/]*\\.ya?ml|compose[^/]*\\.ya?ml")) {
            String text = repo.text(compose).orElse("");
            if (text.contains("ports:") && !compose.contains("build")) {
                if (!text.contains(":" + expected.port)) {
                    findings.add(new Finding(compose, 0, id(), "ports do not publish the port " + expected.port));
                }
                if (URL_PATH.matcher(text).find() && !text.contains(expected.healthPath)) {
                    findings.add(new Finding(compose, 0, id(), "the healthcheck does not use the health path " + expected.healthPath));
                }
            }
        }
        for (String workflow : repo.files("\\.github/workflows/[^/]+\\.ya?ml")) {
            String text = repo.text(workflow).orElse("");
            if (text.contains("docker run") || text.contains("curl")) {
                requireBoth(findings, workflow, 0, text, expected, "the smoke test");
            }
        }
        List<String> sources = repo.files(SOURCES);
        if (!sources.isEmpty() && sources.stream().noneMatch(f -> repo.text(f).orElse("").contains("\"" + expected.healthPath + "\"")
                || repo.text(f).orElse("").contains("'" + expected.healthPath + "'"))) {
            findings.add(new Finding(sources.get(0), 0, id(), "no source file serves the health path " + expected.healthPath));
        }
        return findings;
    }

    private void requireBoth(List<Finding> findings, String file, int line, String text, Expected expected, String what) {
        if (!text.contains(expected.port)) {
            findings.add(new Finding(file, line, id(), what + " does not use the port " + expected.port));
        }
        if (!text.contains(expected.healthPath)) {
            findings.add(new Finding(file, line, id(), what + " does not use the health path " + expected.healthPath));
        }
    }

    private record Expected(String port, String healthPath) {
    }

    private static Expected expected(Repo repo) {
        String answersPath = ".scaffold/answers.json";
        if (repo.exists(answersPath)) {
            JsonNode answers = repo.text(answersPath).map(ConsistencyRule::json).orElse(null);
            if (answers != null && answers.has("port") && answers.has("health_path")) {
                return new Expected(answers.get("port").asText(), answers.get("health_path").asText());
            }
        }
        return repo.dockerfile().map(ConsistencyRule::fromDockerfile).orElse(null);
    }

    private static JsonNode json(String text) {
        try {
            return dev.scaffold.catalog.JsonTree.parse(text).path("answers");
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Expected fromDockerfile(Dockerfile d) {
        List<Instruction> checks = d.inFinalStage("HEALTHCHECK");
        List<Instruction> exposes = d.inFinalStage("EXPOSE");
        if (checks.isEmpty() || exposes.isEmpty()) {
            return null;
        }
        Matcher url = URL_PATH.matcher(checks.get(checks.size() - 1).arguments());
        if (!url.find()) {
            return null;
        }
        return new Expected(d.expand(exposes.get(0).arguments()).split("[\\s/]")[0], url.group(2));
    }
}
