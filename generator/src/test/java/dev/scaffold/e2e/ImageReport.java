package dev.scaffold.e2e;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The JSON report e2e/imagecheck.py writes (see its docstring for what each check does). Only the
 * fields the tests assert or print are mapped; the file keeps the rest for a reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ImageReport(String result, List<String> failures, Integer uid, @JsonProperty("whoami") String whoami,
        @JsonProperty("healthcheck_exit") Integer healthcheckExit,
        @JsonProperty("image_added_bytes") long imageAddedBytes,
        @JsonProperty("cold_build_s") double coldBuildSeconds,
        @JsonProperty("start_to_healthy_s") Double startToHealthySeconds,
        @JsonProperty("health_median_ms") Double healthMedianMs,
        @JsonProperty("forbidden_packages_found") Map<String, List<String>> forbiddenPackagesFound,
        Rebuild rebuild, @JsonProperty("read_only") ReadOnly readOnly, Sigterm sigterm) {

    /** The rebuild after a source change; null when the scenario names no file to touch. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rebuild(double s, @JsonProperty("cached_steps") int cachedSteps, @JsonProperty("total_steps") int totalSteps,
            @JsonProperty("dep_step_cached") boolean depStepCached) {
    }

    /** The run with a read-only root filesystem and a tmpfs /tmp. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReadOnly(String result, @JsonProperty("start_to_healthy_s") Double startToHealthySeconds,
            @JsonProperty("healthcheck_exit") Integer healthcheckExit, String error) {
    }

    /** SIGTERM to the read-only run's PID 1: seconds to exit, its status, whether it had to be killed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sigterm(String result, @JsonProperty("stop_s") Double stopSeconds,
            @JsonProperty("exit_status") Integer exitStatus, @JsonProperty("exit_signal") Integer exitSignal,
            Boolean killed) {
    }

    static ImageReport read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), ImageReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("image check report " + file, e);
        }
    }

    /** One line for the test log: the numbers the issue tracker asks for. */
    String summary() {
        return "result=" + result + " uid=" + uid + " added_bytes=" + imageAddedBytes + " cold_build_s=" + coldBuildSeconds
                + " start_to_healthy_s=" + startToHealthySeconds + " health_median_ms=" + healthMedianMs
                + " read_only=" + (readOnly == null ? null : readOnly.result())
                + " read_only_start_to_healthy_s=" + (readOnly == null ? null : readOnly.startToHealthySeconds())
                + " sigterm=" + (sigterm == null ? null : sigterm.result())
                + " sigterm_stop_s=" + (sigterm == null ? null : sigterm.stopSeconds())
                + " sigterm_exit=" + (sigterm == null ? null : sigterm.exitStatus())
                + " rebuild_cached=" + (rebuild == null ? "skipped" : rebuild.cachedSteps() + "/" + rebuild.totalSteps());
    }
}
