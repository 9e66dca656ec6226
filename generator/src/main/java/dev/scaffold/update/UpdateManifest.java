package dev.scaffold.update;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code "update"} section of an archetype's manifest: which generated files it keeps managing
 * ({@code managed}) and which become the team's own ({@code owned}), both path globs, and the
 * {@code migrations} that carry older answers forward. Read from the manifest beside the archetype's
 * {@code files/} folder, so the catalog records need not know about updates.
 */
public record UpdateManifest(List<String> managed, List<String> owned, List<Migration> migrations) {
    /**
     * Owned unless the archetype says otherwise: the app's code, tests, dependency manifests and locks,
     * and the README (a team edits them from day one). Everything else (Dockerfile, .dockerignore, Compose
     * files, CI workflows, .gitignore, .env.example, the answers file) stays managed.
     */
    public static final List<String> DEFAULT_OWNED = List.of("README.md", "src/", "app/", "tests/", "test/", "cmd/",
            "internal/", "pkg/", "lib/", "*.go", "*.py", "*.ts", "*.js", "go.mod", "go.sum", "pyproject.toml", "*.lock",
            "requirements*.txt", "requirements*.in", "package.json", "package-lock.json", "pom.xml", "Cargo.toml");
    private static final String SECTION = "update";

    public UpdateManifest {
        managed = List.copyOf(managed);
        owned = List.copyOf(owned);
        migrations = List.copyOf(migrations);
    }

    public static UpdateManifest of(Archetype archetype) {
        Path manifest = archetype.filesRoot().getParent().resolve("archetype.json");
        String name = archetype.id() + "/archetype.json";
        JsonNode node = Files.isRegularFile(manifest) ? JsonFiles.read(manifest, name).path(SECTION) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        if (!node.isMissingNode() && !node.isObject()) {
            throw new InputException(name + ": field 'update' must be an object");
        }
        List<String> owned = node.has("owned") ? texts(node.get("owned"), name + ": update.owned") : DEFAULT_OWNED;
        return new UpdateManifest(texts(node.path("managed"), name + ": update.managed"), owned,
                migrations(node.path("migrations"), name + ": update.migrations"));
    }

    private static List<Migration> migrations(JsonNode node, String at) {
        List<Migration> steps = new ArrayList<>();
        if (node.isMissingNode()) {
            return steps;
        }
        if (!node.isArray()) {
            throw new InputException(at + " must be an array of {\"version\", \"rename\", \"values\"} objects");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            String where = at + "[" + i + "]";
            String version = JsonFiles.requiredText(step, "version", where);
            Map<String, String> rename = textMap(step.path("rename"), where + ".rename");
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            JsonNode mapped = step.path("values");
            if (!mapped.isMissingNode() && !mapped.isObject()) {
                throw new InputException(where + ".values must map question ids to {old value: new value} objects");
            }
            mapped.fields().forEachRemaining(e -> values.put(e.getKey(), textMap(e.getValue(), where + ".values." + e.getKey())));
            steps.add(new Migration(version, rename, values));
        }
        return steps;
    }

    private static Map<String, String> textMap(JsonNode node, String at) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return map;
        }
        if (!node.isObject()) {
            throw new InputException(at + " must be an object of strings");
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw new InputException(at + "." + e.getKey() + " must be a string");
            }
            map.put(e.getKey(), e.getValue().asText());
        });
        return map;
    }

    static List<String> texts(JsonNode node, String at) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isMissingNode()) {
            return values;
        }
        if (!node.isArray()) {
            throw new InputException(at + " must be an array of path globs");
        }
        node.forEach(v -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new InputException(at + " must hold non-empty strings");
            }
            values.add(v.asText());
        });
        return values;
    }

    /** Applies every migration between the two versions, in the order the manifest lists them. */
    public Map<String, String> migrate(Map<String, String> answers, String from, String to) {
        Map<String, String> result = answers;
        for (Migration step : migrations) {
            if (step.applies(from, to)) {
                result = step.apply(result);
            }
        }
        return result;
    }
}
