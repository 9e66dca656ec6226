package dev.scaffold.answers;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.CatalogLoader;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.catalog.JsonTree;
import dev.scaffold.error.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers file a generated repository carries ({@code .scaffold/answers.json}), so that it can be
 * rendered again: the scaffold version, the archetype and its version, the catalogs layered over the
 * built-in one (each at its git commit or content digest), and every answer.
 */
public final class AnswersFile {
    public static final String PATH = ".scaffold/answers.json";

    /**
     * What an answers file holds; the archetype fields (id, version) and catalog fields are null in a
     * hand-written file.
     * {@code catalogs} are the specs of the catalogs layered over the built-in one (null in a file
     * written before scaffold recorded them: then the archetype's own catalog and revision are used).
     */
    public record Stored(String archetypeId, String archetypeVersion, String catalog, String revision, List<String> catalogs, Map<String, String> answers) {
        public static final Stored NONE = new Stored(null, null, null, null, null, Map.of());

        /**
         * The catalogs that render the same bytes again (each at its recorded commit or digest), when the file
         * was written by scaffold; empty for a plain object of answers, which says nothing about catalogs.
         */
        public Optional<List<String>> recordedCatalogs() {
            if (catalogs != null) {
                return Optional.of(catalogs);
            }
            if (catalog == null) {
                return Optional.empty();
            }
            if (catalog.equals(CatalogLoader.BUILTIN)) {
                return Optional.of(List.of());
            }
            return Optional.of(List.of(revision == null ? catalog : catalog + "#" + revision));
        }
    }

    private AnswersFile() {
    }

    /** {@code catalogs}: the specs of the catalogs layered over the built-in one, recorded only when there are any. */
    public static byte[] write(String scaffoldVersion, Archetype archetype, List<String> catalogs, Map<String, Object> answers) {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("scaffold_version", scaffoldVersion);
        ObjectNode node = root.putObject("archetype");
        node.put("id", archetype.id());
        node.put("version", archetype.version());
        node.put("catalog", archetype.origin().catalog());
        if (archetype.origin().catalog().equals(CatalogLoader.BUILTIN)) {
            // The built-in catalog changes with scaffold itself: its version is the scaffold version that shipped it.
            node.put("catalog_version", scaffoldVersion);
        }
        if (archetype.origin().revision() != null) {
            node.put(archetype.origin().isDigest() ? "digest" : "commit", archetype.origin().revision());
        }
        if (!catalogs.isEmpty()) {
            catalogs.forEach(root.putArray("catalogs")::add);
        }
        root.set("answers", JsonTree.of(answers));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return (JsonTree.write(root, printer) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads an answers file written by scaffold, or a plain object of answers. */
    public static Stored read(Path file) {
        String name = file.toString();
        JsonNode root = JsonFiles.read(file, name);
        if (!root.isObject()) {
            throw new InputException(name + ": must be a JSON object");
        }
        JsonNode answers = root.has("answers") ? root.get("answers") : root;
        if (!answers.isObject()) {
            throw new InputException(name + ": field 'answers' must be an object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        answers.fields().forEachRemaining(field -> {
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new InputException(name + ": answers." + field.getKey() + " must be a string, number or boolean");
            }
            values.put(field.getKey(), field.getValue().asText());
        });
        JsonNode archetype = root.path("archetype");
        return new Stored(textOrNull(archetype.path("id")), textOrNull(archetype.path("version")), textOrNull(archetype.path("catalog")),
                textOrNull(archetype.has("digest") ? archetype.path("digest") : archetype.path("commit")), catalogs(root.get("catalogs"), name), values);
    }

    private static List<String> catalogs(JsonNode node, String name) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw new InputException(name + ": field 'catalogs' must be an array of catalog specs");
        }
        List<String> specs = new ArrayList<>();
        for (JsonNode spec : node) {
            if (!spec.isTextual() || spec.asText().isBlank()) {
                throw new InputException(name + ": field 'catalogs' must hold non-empty strings");
            }
            specs.add(spec.asText());
        }
        return specs;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
