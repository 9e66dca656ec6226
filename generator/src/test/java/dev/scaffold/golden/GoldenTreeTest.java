package dev.scaffold.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.answers.AnswerResolver;
import dev.scaffold.answers.AnswerSources;
import dev.scaffold.answers.Prompter;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.generate.Generator;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every archetype of the built-in catalog, rendered with its defaults (name "demo"), is compared file
 * by file with {@code src/test/resources/golden/<id>/<path>.gen}. An archetype without goldens fails.
 * Option combinations listed in {@code golden/variants.json} ({@code {"archetype", "variant",
 * "answers"}}) are compared with {@code golden/<id>@<variant>/}, rendered with those answers over the
 * defaults. After an intended change: {@code mvn test -Dtest=GoldenTreeTest -Dscaffold.updateGoldens=ID}
 * (that archetype and its variants; or {@code =true} for all), then review the diff.
 */
class GoldenTreeTest {
    private static final Path GOLDEN = Path.of("generator/src/test/resources/golden");
    private static final String SUFFIX = ".gen";
    private static final Catalog CATALOG = BuiltinCatalog.load();

    /** One golden tree: an archetype with its defaults (variant null), or with a variant's answers. */
    record GoldenCase(String archetype, String variant, Map<String, String> answers) {
        String dir() {
            return variant == null ? archetype : archetype + "@" + variant;
        }

        @Override
        public String toString() {
            return dir();
        }
    }

    static Stream<GoldenCase> archetypes() throws IOException {
        Stream<GoldenCase> defaults = CATALOG.archetypes().stream().map(a -> new GoldenCase(a.id(), null, Map.of()));
        Path variants = GOLDEN.resolve("variants.json");
        if (!Files.exists(variants)) {
            return defaults;
        }
        List<GoldenCase> listed = new ObjectMapper().readValue(variants.toFile(), new TypeReference<List<GoldenCase>>() { });
        return Stream.concat(defaults, listed.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void rendersExactlyTheGoldenTree(GoldenCase golden) throws IOException {
        String id = golden.dir();
        Map<String, String> rendered = render(golden);
        Path goldenDir = GOLDEN.resolve(id);
        if (shouldRewrite(golden.archetype())) {
            rewrite(goldenDir, rendered);
        }
        assertThat(goldenDir).as("no golden tree for %s: run mvn test -Dtest=GoldenTreeTest -Dscaffold.updateGoldens=true", id)
                .isDirectory();
        Map<String, String> expected = read(goldenDir);
        assertThat(rendered.keySet()).as("files of %s", id).containsExactlyElementsOf(expected.keySet());
        rendered.forEach((path, text) -> assertThat(text).as("%s/%s", id, path).isEqualTo(expected.get(path)));
    }

    /** {@code -Dscaffold.updateGoldens=true} rewrites every archetype's goldens, {@code =id1,id2} only those. */
    private static boolean shouldRewrite(String id) {
        String ids = System.getProperty("scaffold.updateGoldens", "");
        return ids.equals("true") || java.util.Arrays.asList(ids.split(",")).contains(id);
    }

    private static Map<String, String> render(GoldenCase golden) {
        Archetype archetype = CATALOG.archetype(golden.archetype());
        Map<String, String> flags = new java.util.HashMap<>(golden.answers());
        flags.putIfAbsent("name", "demo");
        Map<String, Object> answers = new AnswerResolver(Prompter.NONE).resolve(archetype.questions(),
                new AnswerSources(flags, Map.of(), "-", Map.of(), q -> q));
        ProjectTree tree = new Generator().generate(
                new ProjectDescription(archetype, "0.0.0-golden", answers));
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, GeneratedFile> e : tree.files().entrySet()) {
            files.put(e.getKey(), new String(e.getValue().content(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                files.put(name.substring(0, name.length() - SUFFIX.length()), Files.readString(p));
            }
        }
        return files;
    }

    private static void rewrite(Path root, Map<String, String> files) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = root.resolve(e.getKey() + SUFFIX);
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
    }
}
