package dev.scaffold.e2e;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One end-to-end case from {@code e2e/scenarios.json}: an archetype, the flags to generate it with
 * (the harness adds a free port), services its checks need (for example {@code postgres}), and
 * commands that must succeed inside the built image ({@code image_commands}, e.g. the seed's psql), and
 * a size budget a seed sets ({@code max_added_bytes} over the final base image; 0 = none).
 */
record Scenario(String archetype, String name, String why, List<String> args, List<String> services,
        Map<String, String> env, @JsonProperty("image_commands") List<String> imageCommands,
        @JsonProperty("max_added_bytes") long maxAddedBytes) {

    Scenario {
        args = args == null ? List.of() : List.copyOf(args);
        imageCommands = imageCommands == null ? List.of() : List.copyOf(imageCommands);
        services = services == null ? List.of() : List.copyOf(services);
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    static List<Scenario> all() {
        try (InputStream in = Scenario.class.getResourceAsStream("/e2e/scenarios.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Scenario>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return archetype + " / " + name;
    }
}
