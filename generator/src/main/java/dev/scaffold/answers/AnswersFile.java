package dev.scaffold.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.error.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers file a generated repository carries ({@code .scaffold/answers.json}), so that it can be
 * rendered again: the scaffold version, the archetype and its version, and every answer.
 */
public final class AnswersFile {
    public static final String PATH = ".scaffold/answers.json";

    /** What an answers file holds; {@code archetypeId} may be null in a hand-written file. */
    public record Stored(String archetypeId, Map<String, String> answers) {
    }

    private AnswersFile() {
    }

    public static byte[] write(String scaffoldVersion, String archetypeId, String archetypeVersion, String catalog,
            Map<String, Object> answers) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.put("scaffold_version", scaffoldVersion);
        ObjectNode archetype = root.putObject("archetype");
        archetype.put("id", archetypeId);
        archetype.put("version", archetypeVersion);
        archetype.put("catalog", catalog);
        root.set("answers", JsonFiles.mapper().valueToTree(answers));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (JsonFiles.mapper().writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers cannot be written as JSON", e);
        }
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
        JsonNode archetype = root.path("archetype").path("id");
        return new Stored(archetype.isTextual() ? archetype.asText() : null, values);
    }
}
