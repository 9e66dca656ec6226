package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.error.InputException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses keys a manifest does not define, naming the file and the key: a misspelt {@code "whne"} would
 * otherwise be ignored silently and its rule never applied. Keys starting with {@code _} are comments.
 */
public final class StrictKeys {
    private StrictKeys() {
    }

    /** Throws an input error for the first key of {@code node} (an object) outside {@code allowed}. */
    public static void check(JsonNode node, Set<String> allowed, String where) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!key.startsWith("_") && !allowed.contains(key)) {
                throw new InputException(where + ": unknown key '" + key + "'; allowed keys are " + new TreeSet<>(allowed));
            }
        }
    }
}
