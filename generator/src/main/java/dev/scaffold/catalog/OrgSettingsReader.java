package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.error.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code "org"} object of a catalog.json into {@link OrgSettings}:
 * <pre>
 * "org": {
 *   "name": "acme",
 *   "defaults": {"registry": "registry.acme.example/team", "uid": 20000},
 *   "policy": {"allowed_base_image_prefixes": ["python:3.12"], "required_labels": ["com.acme.team"]},
 *   "labels": {"com.acme.team": "platform"},
 *   "ci": {"runs_on": "acme-linux-x64", "scaffold_ref": "scaffold@acme"}
 * }
 * </pre>
 * Label keys, runner labels and the JBang reference end up in Dockerfiles, YAML and a shell command,
 * so they are held to grammars that need no quoting there.
 */
final class OrgSettingsReader {
    /** Docker's recommended label key format: lower-case alphanumerics, dots and dashes (reverse-DNS). */
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern RUNNER_LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A JBang reference: an alias (scaffold@acme), coordinates (g:a:v) or a URL; no shell metacharacters. */
    private static final Pattern JBANG_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/+-]*");
    /** Labels scaffold's own ociLabels macro sets from the project and the CI build; an org cannot pin them. */
    static final Set<String> STAMPED_LABELS = Set.of("org.opencontainers.image.title", "org.opencontainers.image.version",
            "org.opencontainers.image.revision", "org.opencontainers.image.source");

    private final String file;

    OrgSettingsReader(String file) {
        this.file = file;
    }

    OrgSettings read(JsonNode node) {
        if (node == null || node.isNull()) {
            return OrgSettings.NONE;
        }
        String at = file + ": org";
        if (!node.isObject()) {
            throw new InputException(at + " must be an object");
        }
        StrictKeys.check(node, Set.of("name", "defaults", "policy", "labels", "ci"), at);
        JsonNode policy = node.path("policy");
        StrictKeys.check(policy, Set.of("allowed_base_image_prefixes", "required_labels"), at + ".policy");
        List<String> required = texts(policy, "required_labels", at + ".policy");
        required.forEach(key -> requireMatch(LABEL_KEY, key, at + ".policy.required_labels",
                "a label key of lower-case letters, digits, '.' and '-'"));
        return new OrgSettings(JsonFiles.optionalText(node, "name", at), values(node, "defaults", at),
                texts(policy, "allowed_base_image_prefixes", at + ".policy"), required, labels(node, at), ci(node.path("ci"), at + ".ci"));
    }

    private static Map<String, String> labels(JsonNode node, String at) {
        Map<String, String> labels = values(node, "labels", at);
        labels.forEach((key, value) -> {
            requireMatch(LABEL_KEY, key, at + ".labels", "a label key of lower-case letters, digits, '.' and '-'");
            if (STAMPED_LABELS.contains(key)) {
                throw new InputException(at + ".labels." + key + ": scaffold sets this label itself (from the project and the CI build)");
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw new InputException(at + ".labels." + key + ": a label value must be one line without control characters");
            }
        });
        return labels;
    }

    private static OrgSettings.CiSettings ci(JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return OrgSettings.CiSettings.NONE;
        }
        if (!node.isObject()) {
            throw new InputException(at + " must be an object");
        }
        StrictKeys.check(node, Set.of("runs_on", "scaffold_ref"), at);
        JsonNode runsOn = node.path("runs_on");
        List<String> runners = runsOn.isTextual() ? List.of(runsOn.asText()) : texts(node, "runs_on", at);
        if (runsOn.isArray() && runners.isEmpty()) {
            throw new InputException(at + ".runs_on: give at least one runner label");
        }
        runners.forEach(label -> requireMatch(RUNNER_LABEL, label, at + ".runs_on", "a runner label of letters, digits, '.', '_' and '-'"));
        String ref = JsonFiles.optionalText(node, "scaffold_ref", at);
        if (ref != null) {
            requireMatch(JBANG_REF, ref, at + ".scaffold_ref", "a JBang alias (scaffold@acme) or coordinates (group:artifact:version)");
        }
        return new OrgSettings.CiSettings(runners, ref);
    }

    private static Map<String, String> values(JsonNode node, String field, String at) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode object = node.path(field);
        if (object.isMissingNode()) {
            return values;
        }
        if (!object.isObject()) {
            throw new InputException(at + "." + field + " must be an object");
        }
        object.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new InputException(at + "." + field + "." + e.getKey() + " must be a string, number or boolean");
            }
            values.put(e.getKey(), e.getValue().asText());
        });
        return values;
    }

    private static List<String> texts(JsonNode node, String field, String at) {
        JsonNode array = node.path(field);
        List<String> values = new ArrayList<>();
        if (array.isMissingNode()) {
            return values;
        }
        if (!array.isArray()) {
            throw new InputException(at + "." + field + " must be an array of strings");
        }
        array.forEach(v -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new InputException(at + "." + field + " must be an array of non-empty strings");
            }
            values.add(v.asText());
        });
        return values;
    }

    private static void requireMatch(Pattern pattern, String value, String at, String rule) {
        if (!pattern.matcher(value).matches()) {
            throw new InputException(at + ": '" + value + "' is not " + rule);
        }
    }
}
