package dev.scaffold.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way engineers run scaffold: {@code jbang scaffold@<org> new}. JBang comes from Maven Central,
 * this repository's jbang-catalog.json is added as a catalog with a clean JBang home, and its alias
 * resolves the generator by coordinates from a Maven repository — here a temporary one holding the
 * jar this build just packaged, as an org's release repository would. The generated repository then
 * passes {@code jbang scaffold@<org> check .}, the command its workflow's check job runs.
 */
class JBangIT {
    @TempDir
    Path tmp;

    @Test
    void generatesThroughTheJBangCatalogAlias() throws IOException {
        EndToEnd.requireTools("bash", "mvn");
        String gav = System.getProperty("scaffold.gav");
        JsonNode alias = new ObjectMapper().readTree(EndToEnd.REPO.resolve("jbang-catalog.json").toFile())
                .path("aliases").path("scaffold");
        assertThat(alias.path("script-ref").asText()).as("the alias names this build's coordinates").isEqualTo(gav);

        Path repository = publish(gav, tmp.resolve("maven-repo"));
        Path out = tmp.resolve("via-jbang");
        String report = EndToEnd.succeed(EndToEnd.REPO, "jbang", 15, Map.of("JBANG_REPO", repository.toString()),
                "bash", "e2e/jbang-smoke.sh", EndToEnd.REPO.toString(), out.toString(), "--author", "CI <ci@example.org>");

        assertThat(report).contains("jbang_cache=fresh", "jbang_cds_archive=recorded", "check_exit_code=0", "result=ok");
        assertThat(out.resolve(".scaffold/answers.json")).content().contains("\"name\" : \"via-jbang\"");
        assertThat(out.resolve(".git")).isDirectory();
        System.out.println("[e2e jbang] " + String.join(" ", report.lines().filter(l -> l.matches("[a-z_]+=.*")).toList()));
    }

    /** Lays the packaged jar and its dependency-reduced pom out as a Maven repository would hold them. */
    private static Path publish(String gav, Path repository) throws IOException {
        String[] parts = gav.split(":");
        Path dir = repository.resolve(parts[0].replace('.', '/')).resolve(parts[1]).resolve(parts[2]);
        Files.createDirectories(dir);
        String base = parts[1] + "-" + parts[2];
        Files.copy(Path.of(System.getProperty("scaffold.jar")), dir.resolve(base + ".jar"));
        Files.copy(EndToEnd.BUILD.resolve("dependency-reduced-pom.xml"), dir.resolve(base + ".pom"));
        return repository;
    }
}
