package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image check's runtime checks can fail: two small images (src/test/resources/e2e/imagecheck-fixtures)
 * that serve health under buildah run, one ignoring SIGTERM as PID 1, one writing into its root
 * filesystem before it starts, and the check must name exactly that.
 */
class ImageCheckSelfTestIT {
    private static final Path FIXTURES = EndToEnd.REPO.resolve("generator/src/test/resources/e2e/imagecheck-fixtures");

    @TempDir
    Path tmp;

    @Test
    void aServerThatIgnoresSigtermIsReportedKilled() throws IOException {
        ImageReport report = check("ignores-sigterm");
        assertThat(report.readOnly().result()).as("read-only run").isEqualTo("ok");
        assertThat(report.sigterm().killed()).as("killed after the grace period").isTrue();
        assertThat(report.sigterm().result()).isEqualTo("fail");
        assertThat(report.failures()).singleElement().asString().startsWith("SIGTERM: still running after 3");
    }

    @Test
    void aServerThatWritesIntoItsRootFilesystemFailsTheReadOnlyRun() throws IOException {
        ImageReport report = check("writes-rootfs");
        assertThat(report.healthcheckExit()).as("HEALTHCHECK under buildah run").isZero();
        assertThat(report.readOnly().result()).isEqualTo("fail");
        assertThat(report.readOnly().error()).contains("server exited");
        assertThat(report.failures()).first().asString().startsWith("read-only root filesystem: server exited");
    }

    private ImageReport check(String fixture) throws IOException {
        EndToEnd.requireTools("buildah", "podman", "debootstrap", "python3", "unshare", "nsenter");
        int port = EndToEnd.freePort();
        Path dir = Files.createDirectories(tmp.resolve(fixture));
        Files.writeString(dir.resolve("Dockerfile"),
                Files.readString(FIXTURES.resolve(fixture).resolve("Dockerfile")).replace("PORT", String.valueOf(port)));
        Path reportFile = EndToEnd.REPORTS.resolve("selftest-" + fixture + "-image.json");
        EndToEnd.Result run = EndToEnd.run(EndToEnd.REPO, "selftest-" + fixture + "-image", 15, Map.of(),
                "python3", "e2e/imagecheck.py", dir.toString(), "--report", reportFile.toString(), "--port",
                String.valueOf(port), "--uid", "10001", "--user", "app", "--health-path", "/health");
        assertThat(run.exitCode()).as("image check exit code (1: a check failed)").isEqualTo(1);
        ImageReport report = ImageReport.read(reportFile);
        assertThat(report.result()).isEqualTo("fail");
        assertThat(report.uid()).as("the rest of the checks still ran").isEqualTo(10001);
        return report;
    }
}
