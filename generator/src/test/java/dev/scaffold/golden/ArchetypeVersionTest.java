package dev.scaffold.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An archetype whose rendered output changes must get a new version, or {@code scaffold update} would
 * see "already up to date" and never bring the change to generated repositories. Each archetype's golden
 * trees (its own and its variants') have one SHA-256 per version in {@value #DIGESTS}; a changed tree
 * under an unchanged version fails. {@code -Dscaffold.recordVersions=true} records versions not yet listed
 * (never overwrites one), after GoldenTreeTest rewrote the goldens in an earlier run.
 */
class ArchetypeVersionTest {
    private static final Path GOLDEN = Path.of("generator/src/test/resources/golden");
    private static final String DIGESTS = "generator/src/test/resources/archetype-versions.properties";

    static List<String> archetypes() throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("catalog.json").toFile()).path("archetypes").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @MethodSource("archetypes")
    void aChangedGoldenTreeComesWithANewArchetypeVersion(String id) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Path.of("archetypes", id, "archetype.json").toFile());
        String version = manifest.path("version").asText();
        String key = id + "@" + version;
        String digest = digest(id);
        Properties recorded = load();
        if (!recorded.containsKey(key) && Boolean.getBoolean("scaffold.recordVersions")) {
            recorded.setProperty(key, digest);
            save(recorded);
        }
        assertThat(recorded.getProperty(key))
                .as("no digest recorded for %s %s: after reviewing its goldens, run mvn -B -q test -Dtest=ArchetypeVersionTest"
                        + " -Dscaffold.recordVersions=true -DskipE2E to record it", id, version)
                .isNotNull();
        assertThat(recorded.getProperty(key))
                .as("the golden output of %s changed but its version is still %s: bump \"version\" in archetypes/%s/archetype.json"
                        + " (every built-in archetype whose output changes needs a new version, or scaffold update calls a repository"
                        + " up to date and never brings the change), then run mvn -B -q test -Dtest=GoldenTreeTest"
                        + " -Dscaffold.updateGoldens=true -DskipE2E to rewrite the goldens, review them, and mvn -B -q test -Dtest=ArchetypeVersionTest"
                        + " -Dscaffold.recordVersions=true -DskipE2E to record the new version's digest", id, version, id)
                .isEqualTo(digest);
    }

    /** One digest over every golden file of the archetype and its variants ("id" and "id@variant" folders), by path. */
    private static String digest(String id) throws IOException, NoSuchAlgorithmException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().equals(id) || d.getFileName().toString().startsWith(id + "@")).toList()) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        files.put(GOLDEN.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
        }
        assertThat(files).as("no golden tree for %s", id).isNotEmpty();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        files.forEach((path, content) -> {
            sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Properties load() throws IOException {
        Properties properties = new Properties();
        if (Files.exists(Path.of(DIGESTS))) {
            try (Reader in = Files.newBufferedReader(Path.of(DIGESTS))) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static synchronized void save(Properties properties) throws IOException {
        StringBuilder text = new StringBuilder("# SHA-256 of each built-in archetype's golden trees, per version (ArchetypeVersionTest).\n");
        new TreeMap<>(properties).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try (Writer out = Files.newBufferedWriter(Path.of(DIGESTS))) {
            out.write(text.toString());
        }
    }
}
