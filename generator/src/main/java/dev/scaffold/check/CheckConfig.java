package dev.scaffold.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A repository's rule switches, {@code .scaffold/check.json}: {@code {"disable": {"SC003": "why"}}}.
 * Every rule switched off needs a reason, so that the exception is reviewed like code.
 */
public record CheckConfig(Map<String, String> disabled) {
    public static final String PATH = ".scaffold/check.json";

    public static CheckConfig read(Path root, Set<String> knownRules) {
        Path file = root.resolve(PATH);
        if (!Files.exists(file)) {
            return new CheckConfig(Map.of());
        }
        JsonNode disable = JsonFiles.read(Repo.inside(root, PATH), PATH).path("disable");
        if (!disable.isMissingNode() && !disable.isObject()) {
            throw new InputException(PATH + ": field 'disable' must map rule ids to reasons");
        }
        Map<String, String> disabled = new TreeMap<>();
        disable.fields().forEachRemaining(e -> {
            if (!knownRules.contains(e.getKey())) {
                throw new InputException(PATH + ": disable." + e.getKey() + ": unknown rule; rules are " + new java.util.TreeSet<>(knownRules));
            }
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw new InputException(PATH + ": disable." + e.getKey() + ": give the reason for switching the rule off");
            }
            disabled.put(e.getKey(), e.getValue().asText());
        });
        return new CheckConfig(Map.copyOf(disabled));
    }
}
