package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The repository's own Dockerfile, for {@code scaffold serve}, held to what generated repositories promise: it
 * passes {@code scaffold check} and dockerfile-utils, builds with buildah on the stand-in base images (Maven
 * inside the build stage), starts as the non-root user 10001, answers /health, its HEALTHCHECK passes, and a
 * generate request is served from inside the container (the jar's own probe, as that user, on /api/generate).
 */
class ServeImageIT {

    @Test
    void theServeImageBuildsStartsAsNonRootAndServesGenerateRequests() {
        EndToEnd.requireTools("buildah", "debootstrap", "podman", "python3", "bash", "node", "java");
        EndToEnd.succeed(EndToEnd.REPO, "serve-image-check", 2, Map.of(), "java", "-jar", System.getProperty("scaffold.jar"),
                "check", EndToEnd.REPO.toString());
        String lint = EndToEnd.succeed(EndToEnd.REPO, "serve-image-lint", 2, Map.of(), ".ci/node_modules/.bin/dockerfile-utils",
                "lint", "-j", "Dockerfile");
        assertThat(lint.strip()).as("dockerfile-utils diagnostics").isEqualTo("[]");

        java.nio.file.Path reportFile = EndToEnd.REPORTS.resolve("serve-image.json");
        EndToEnd.Result run = EndToEnd.run(EndToEnd.REPO, "serve-image", 40, Map.of(), "python3", "e2e/imagecheck.py",
                EndToEnd.REPO.toString(), "--report", reportFile.toString(), "--port", "8080", "--uid", "10001",
                "--user", "scaffold", "--health-path", "/health", "--timeout", "90", "--image-command",
                "java -cp /app/scaffold.jar dev.scaffold.serve.HealthProbe http://127.0.0.1:8080/api/generate?name=demo&port=9000 60");
        assertThat(reportFile).as("image check report (log: serve-image.log)").exists();
        ImageReport report = ImageReport.read(reportFile);
        System.out.println("[e2e serve-image] " + report.summary());
        assertThat(report.failures()).as("image check failures (%s)", reportFile).isEmpty();
        assertThat(run.exitCode()).as("image check exit code").isZero();
        assertThat(report.result()).isEqualTo("ok");
        assertThat(report.uid()).as("uid of the process listening on the port").isEqualTo(10001);
        assertThat(report.whoami()).isEqualTo("scaffold");
        assertThat(report.healthcheckExit()).as("HEALTHCHECK exit").isZero();
        assertThat(report.readOnly().result()).as("read-only root filesystem run").isEqualTo("ok");
        assertThat(report.sigterm().result()).as("clean exit on SIGTERM").isEqualTo("ok");
    }
}
