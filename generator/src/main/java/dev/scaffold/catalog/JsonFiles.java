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

    private JsonFiles() {
    }

    /**
     * Reads a JSON file of at most {@link #MAX_BYTES} that the user named (a config file, {@code --answers}):
     * a symbolic link is followed, as for any file the user points at. Files of a catalog or of a checked
     * repository are first vetted by {@link CatalogFiles#inside}, which refuses links.
     */
    public static JsonNode read(Path file, String displayName) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(displayName + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return JsonTree.parse(text);
        } catch (NoSuchFileException e) {
            throw new InputException(displayName + ": file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(displayName + ": not valid UTF-8");
        } catch (JsonProcessingException e) {
            throw new InputException(describe(e, displayName));
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot be read: " + dev.scaffold.error.Reasons.of(e));
        }
    }

    /** Files larger than this are refused before they are read: no catalog or answers file comes near it. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /**
     * A parse error without the file's own text: Jackson quotes the offending token ("Unrecognized token
     * 'ghp_…'"), which would print a secret into a CI log when the file is not what it claims to be.
     * Jackson's size and depth limits (StreamReadConstraints) arrive here too, possibly without a location.
     */
    public static String describe(JsonProcessingException e, String displayName) {
        String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        reason = firstLine(reason).replaceAll("'[^']*'", "'…'").replaceAll("\\(code -?\\d+\\)", "");
        String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return displayName + ": not valid JSON" + at + ": " + reason;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Parses JSON text that came from {@code displayName}, with the same error messages as {@link #read}. */
    public static JsonNode parse(String text, String displayName) {
        try {
            return JsonTree.parse(text);
        } catch (JsonProcessingException e) {
            throw new InputException(describe(e, displayName));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // text in memory: parse errors are the only failures
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

    /**
     * The shared mapper, for JSON that is not a tree (reports, the serve API); made when first asked for,
     * so that a run that reads only catalogs and answers never sets one up ({@link JsonTree}).
     */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
}
