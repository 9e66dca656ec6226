package dev.scaffold.update;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step an archetype declares for repositories recorded at an older version than {@code version}:
 * questions renamed (old id to new id) and old values mapped to new ones (question id to old value to
 * new value, applied after the renames, so keyed by the new id).
 */
public record Migration(String version, Map<String, String> rename, Map<String, Map<String, String>> values) {

    public Migration {
        rename = Map.copyOf(rename);
        values = Map.copyOf(values);
    }

    /** Whether a repository recorded at {@code from} passes this step on its way to {@code to}. */
    public boolean applies(String from, String to) {
        return Versions.compare(from, version) < 0 && Versions.compare(version, to) <= 0;
    }

    /** The answers with this step applied; answers it does not name are kept as they are, in order. */
    public Map<String, String> apply(Map<String, String> answers) {
        Map<String, String> migrated = new LinkedHashMap<>();
        answers.forEach((id, value) -> migrated.put(rename.getOrDefault(id, id), value));
        values.forEach((id, mapping) -> {
            String old = migrated.get(id);
            if (old != null && mapping.containsKey(old)) {
                migrated.put(id, mapping.get(old));
            }
        });
        return migrated;
    }
}
