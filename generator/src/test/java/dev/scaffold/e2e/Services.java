package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real backing services a scenario's checks need (started for the scenario, stopped after it), and
 * the environment that points the generated repository's own tests at them.
 */
final class Services implements AutoCloseable {
    private final Map<String, String> env;

    private Services(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    static Services start(List<String> names, Path workDir) {
        Map<String, String> env = new HashMap<>();
        for (String name : names) {
            fail("no end-to-end support for service '" + name + "' yet");
        }
        return new Services(env);
    }

    /** The scenario's own variables, with {@code {VAR}} replaced by the services' values, over the services' env. */
    Map<String, String> env(Map<String, String> scenarioEnv) {
        Map<String, String> merged = new HashMap<>(env);
        scenarioEnv.forEach((key, value) -> {
            String expanded = value;
            for (Map.Entry<String, String> e : env.entrySet()) {
                expanded = expanded.replace("{" + e.getKey() + "}", e.getValue());
            }
            merged.put(key, expanded);
        });
        return merged;
    }

    @Override
    public void close() {
    }
}
