package dev.scaffold.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SC009: a .dockerignore keeps the git history, local secrets and dependency folders out of the build context. */
final class DockerignoreRule implements Rule {
    static final String FILE = ".dockerignore";
    /** Dependency folder each ecosystem creates, keyed by the manifest that reveals the ecosystem. */
    private static final Map<String, String> DEPENDENCY_FOLDERS = Map.of(
            "package.json", "node_modules", "pyproject.toml", ".venv", "requirements.txt", ".venv",
            "pom.xml", "target", "build.gradle", "build", "build.gradle.kts", "build", "Cargo.toml", "target");

    @Override
    public String id() {
        return "SC009";
    }

    @Override
    public String description() {
        return ".dockerignore exists and excludes .git, .env and the dependency folders";
    }

    @Override
    public List<Finding> check(Repo repo) {
        if (!repo.exists(Repo.DOCKERFILE)) {
            return List.of();
        }
        List<String> patterns = repo.text(FILE).map(t -> t.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()).orElse(null);
        if (patterns == null) {
            return List.of(new Finding(FILE, 0, id(), "missing: the whole folder, .git and .env included, is sent to the build"));
        }
        List<String> required = new ArrayList<>(List.of(".git", ".env"));
        DEPENDENCY_FOLDERS.forEach((manifest, folder) -> {
            if (repo.exists(manifest) && !required.contains(folder)) {
                required.add(folder);
            }
        });
        List<Finding> findings = new ArrayList<>();
        for (String entry : required.stream().sorted().toList()) {
            if (patterns.stream().noneMatch(p -> excludes(p, entry))) {
                findings.add(new Finding(FILE, 0, id(), "does not exclude " + entry));
            }
        }
        return findings;
    }

    private static boolean excludes(String pattern, String entry) {
        String p = pattern.replaceAll("^/|/$", "").replaceAll("^\\*\\*/", "");
        return p.equals(entry) || p.equals(entry + "*") || p.equals(entry + "/**") || p.equals("*");
    }
}
