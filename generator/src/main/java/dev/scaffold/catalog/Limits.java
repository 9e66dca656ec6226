package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.error.InputException;
import java.time.Duration;

/**
 * How much work rendering one archetype may do: wall-clock time, bytes per generated file, bytes for the
 * whole repository. A catalog may change them in {@code catalog.json} ({@code "limits": {"render_seconds":
 * 20, "file_megabytes": 10, "repo_megabytes": 50}}) but never past the hard limits, so that no catalog can
 * make {@code scaffold new} run for ever or fill the disk.
 */
public record Limits(Duration renderTime, long fileBytes, long repoBytes) {
    private static final long MB = 1024L * 1024L;
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 10 * MB, 50 * MB);
    public static final Limits HARD = new Limits(Duration.ofSeconds(120), 100 * MB, 256 * MB);

    /** The limits a catalog.json sets (each field optional), checked against {@link #HARD}. */
    static Limits read(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return DEFAULT;
        }
        if (!node.isObject()) {
            throw new InputException(where + ": field 'limits' must be an object");
        }
        long seconds = field(node, "render_seconds", DEFAULT.renderTime.toSeconds(), HARD.renderTime.toSeconds(), where);
        long file = field(node, "file_megabytes", DEFAULT.fileBytes / MB, HARD.fileBytes / MB, where);
        long repo = field(node, "repo_megabytes", DEFAULT.repoBytes / MB, HARD.repoBytes / MB, where);
        return new Limits(Duration.ofSeconds(seconds), file * MB, repo * MB);
    }

    private static long field(JsonNode node, String name, long fallback, long hard, String where) {
        JsonNode value = node.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > hard) {
            throw new InputException(where + ": limits." + name + " must be an integer from 1 to " + hard);
        }
        return value.asLong();
    }
}
