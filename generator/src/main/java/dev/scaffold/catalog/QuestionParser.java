package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.error.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a manifest's question entries into {@link Question}s. An entry is either the id of a shared
 * question (from {@code templates/questions.json}), or an object whose fields override the shared
 * question of the same id, or a complete question of its own.
 */
final class QuestionParser {
    private final JsonNode shared;
    private final String sharedName;

    QuestionParser(JsonNode shared, String sharedName) {
        this.shared = shared;
        this.sharedName = sharedName;
    }

    List<Question> parse(JsonNode entries, String manifestName) {
        if (entries == null || !entries.isArray()) {
            throw new InputException(manifestName + ": field 'questions' is required and must be an array");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = manifestName + ": questions[" + i + "]";
            ObjectNode merged = merge(entries.get(i), where);
            Question question = toQuestion(merged, where);
            if (questions.stream().anyMatch(q -> q.id().equals(question.id()))) {
                throw new InputException(where + ": duplicate question id '" + question.id() + "'");
            }
            questions.add(question);
        }
        return questions;
    }

    private ObjectNode merge(JsonNode entry, String where) {
        if (entry.isTextual()) {
            JsonNode base = shared.get(entry.asText());
            if (base == null || !base.isObject()) {
                throw new InputException(where + ": no shared question '" + entry.asText() + "' in " + sharedName);
            }
            return ((ObjectNode) base.deepCopy()).put("id", entry.asText());
        }
        if (!entry.isObject()) {
            throw new InputException(where + ": must be a question id or an object");
        }
        String id = JsonFiles.requiredText(entry, "id", where);
        JsonNode base = shared.get(id);
        ObjectNode merged = base != null && base.isObject() ? base.deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        merged.setAll((ObjectNode) entry);
        return merged;
    }

    /** The keys a question may have, in the shared questions and in a manifest alike. */
    static final java.util.Set<String> QUESTION_KEYS = java.util.Set.of("id", "type", "prompt", "help", "default",
            "choices", "pattern", "patternHelp", "min", "max", "when");

    private static Question toQuestion(ObjectNode node, String where) {
        String id = JsonFiles.requiredText(node, "id", where);
        String at = where + " (" + id + ")";
        StrictKeys.check(node, QUESTION_KEYS, at);
        QuestionType type = type(node, at);
        List<String> choices = new ArrayList<>();
        if (node.has("choices")) {
            node.get("choices").forEach(c -> choices.add(c.asText()));
        }
        if (type == QuestionType.CHOICE && choices.isEmpty()) {
            throw new InputException(at + ": a choice question needs a non-empty 'choices' array");
        }
        String pattern = JsonFiles.optionalText(node, "pattern", at);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InputException(at + ": field 'pattern' is not a valid regular expression: " + e.getDescription());
            }
        }
        return new Question(id, type,
                JsonFiles.requiredText(node, "prompt", at),
                JsonFiles.optionalText(node, "help", at),
                defaultValue(node.get("default")),
                choices,
                pattern,
                JsonFiles.optionalText(node, "patternHelp", at),
                node.has("min") ? node.get("min").asLong() : null,
                node.has("max") ? node.get("max").asLong() : null,
                JsonFiles.optionalText(node, "when", at));
    }

    private static QuestionType type(JsonNode node, String at) {
        String text = node.has("type") ? node.get("type").asText() : "string";
        try {
            return QuestionType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(at + ": field 'type' must be one of string, int, bool, choice (got '" + text + "')");
        }
    }

    private static Object defaultValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.asText();
    }
}
