package dev.scaffold.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the JSON files of a catalog, naming the file and the field in every error. */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    public static JsonNode read(Path file, String displayName) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputException(displayName + ": file not found");
        } catch (JsonProcessingException e) {
            throw new InputException(displayName + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot be read: " + e.getMessage());
        }
    }

    /** Parses JSON text that came from {@code displayName}, with the same error messages as {@link #read}. */
    public static JsonNode parse(String text, String displayName) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(displayName + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    /** The text of a required string field. */
    public static String requiredText(JsonNode node, String field, String displayName) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InputException(displayName + ": field '" + field + "' is required and must be a non-empty string");
        }
        return value.asText();
    }

    /** The text of an optional string field, or null. */
    public static String optionalText(JsonNode node, String field, String displayName) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InputException(displayName + ": field '" + field + "' must be a string");
        }
        return value.asText();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
