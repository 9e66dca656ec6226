package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalog folder: {@code catalog.json}, the manifest of every archetype it lists, and the
 * shared questions in {@code templates/questions.json}.
 */
public final class CatalogLoader {
    private static final String CATALOG_FILE = "catalog.json";
    private static final String MANIFEST_FILE = "archetype.json";
    private static final String SHARED_QUESTIONS = "templates/questions.json";
    private static final String FAMILIES = "templates/families.json";
    /** The source name of the catalog inside the jar: never recorded as a layer, it is always the base. */
    public static final String BUILTIN = "builtin";

    /** The keys catalog.json and archetype.json may have (docs/schema/*.json describe them); any other is refused. */
    static final Set<String> CATALOG_KEYS = Set.of("name", "default", "archetypes", "org", "files", "limits");
    static final Set<String> MANIFEST_KEYS = Set.of("id", "version", "description", "family", "ecosystem", "questions",
            "files", "verify", "update");

    /** Catalog folders under this one: their shared questions and families are inherited (this one's win). */
    private final List<Path> inherited;

    public CatalogLoader() {
        this(List.of());
    }

    public CatalogLoader(List<Path> inherited) {
        this.inherited = List.copyOf(inherited);
    }

    public Catalog load(Path root, String sourceName) {
        return load(root, sourceName, null);
    }

    /** Loads a catalog folder; {@code revision} is the git commit it was cloned at, the digest of the content fetched over HTTP(S), or null. */
    public Catalog load(Path root, String sourceName, String revision) {
        JsonNode catalog = JsonFiles.read(CatalogFiles.inside(root, CATALOG_FILE, CATALOG_FILE), CATALOG_FILE);
        StrictKeys.check(catalog, CATALOG_KEYS, CATALOG_FILE);
        Path sharedTemplates = root.resolve("templates");
        com.fasterxml.jackson.databind.node.ObjectNode shared = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (Path layer : layers(root)) {
            if (Files.exists(layer.resolve(SHARED_QUESTIONS), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                JsonNode questions = JsonFiles.read(CatalogFiles.inside(layer, SHARED_QUESTIONS, SHARED_QUESTIONS), SHARED_QUESTIONS);
                if (questions.isObject()) {
                    questions.fields().forEachRemaining(q -> StrictKeys.check(q.getValue(), QuestionParser.QUESTION_KEYS,
                            SHARED_QUESTIONS + ": " + q.getKey()));
                    shared.setAll((com.fasterxml.jackson.databind.node.ObjectNode) questions);
                }
            }
        }
        QuestionParser questions = new QuestionParser(shared, SHARED_QUESTIONS);

        JsonNode entries = catalog.get("archetypes");
        // A catalog may carry only org settings (defaults, policy, CI) over the built-in archetypes.
        boolean orgOnly = catalog.has("org") && entries != null && entries.isArray();
        if (entries == null || !entries.isArray() || (entries.isEmpty() && !orgOnly)) {
            throw new InputException(CATALOG_FILE + ": field 'archetypes' is required and must be a non-empty array"
                    + " (empty only in a catalog that has an 'org' object)");
        }
        List<Archetype> archetypes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = CATALOG_FILE + ": archetypes[" + i + "]";
            StrictKeys.check(entries.get(i), Set.of("id", "path"), where);
            String id = JsonFiles.requiredText(entries.get(i), "id", where);
            String path = JsonFiles.requiredText(entries.get(i), "path", where);
            if (!ids.add(id)) {
                throw new InputException(where + ": duplicate archetype id '" + id + "'");
            }
            archetypes.add(loadArchetype(root, id, path, questions));
        }
        String defaultId = JsonFiles.optionalText(catalog, "default", CATALOG_FILE);
        if (defaultId != null && !ids.contains(defaultId)) {
            throw new InputException(CATALOG_FILE + ": field 'default' names unknown archetype '" + defaultId + "'");
        }
        Map<String, Family> families = new LinkedHashMap<>();
        for (Path layer : layers(root)) {
            families.putAll(families(layer));
        }
        for (Archetype archetype : archetypes) {
            if (!families.isEmpty() && !families.containsKey(archetype.family())) {
                throw new InputException(archetype.id() + "/archetype.json: field 'family' is '" + archetype.family()
                        + "', which " + FAMILIES + " does not define (it has " + new java.util.TreeSet<>(families.keySet()) + ")");
            }
        }
        Origin origin = new Origin(sourceName, revision, List.of(sharedTemplates), Limits.read(catalog.get("limits"), CATALOG_FILE));
        return new Catalog(sourceName, defaultId,
                archetypes.stream().map(a -> withFamilyImageRule(a, families.get(a.family())).withOrigin(origin)).toList(),
                sharedTemplates, families, new OrgSettingsReader(CATALOG_FILE).read(catalog.get("org")),
                sourceName.equals(BUILTIN) ? List.of() : List.of(revision == null ? sourceName : sourceName + "#" + revision));
    }

    private List<Path> layers(Path root) {
        List<Path> layers = new ArrayList<>(inherited);
        layers.add(root);
        return layers;
    }

    private static Map<String, Family> families(Path root) {
        Map<String, Family> families = new LinkedHashMap<>();
        if (!Files.exists(root.resolve(FAMILIES), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return families;
        }
        JsonFiles.read(CatalogFiles.inside(root, FAMILIES, FAMILIES), FAMILIES).fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("_")) {
                return;
            }
            String at = FAMILIES + ": " + e.getKey();
            StrictKeys.check(e.getValue(), Set.of("image_pattern", "image_help", "reserved", "reserved_help"), at);
            Set<String> reserved = new HashSet<>(texts(arrayField(e.getValue(), "reserved", at)));
            families.put(e.getKey(), new Family(e.getKey(), JsonFiles.requiredText(e.getValue(), "image_pattern", at),
                    JsonFiles.requiredText(e.getValue(), "image_help", at), reserved,
                    JsonFiles.optionalText(e.getValue(), "reserved_help", at)));
        });
        return families;
    }

    /** An image question without a pattern of its own takes its family's, so a Python archetype refuses a Node image. */
    private static Archetype withFamilyImageRule(Archetype archetype, Family family) {
        if (family == null) {
            return archetype;
        }
        List<Question> questions = archetype.questions().stream()
                .map(q -> q.type() == QuestionType.IMAGE && q.pattern() == null
                        ? new Question(q.id(), q.type(), q.prompt(), q.help(), q.defaultValue(), q.choices(),
                                family.imagePattern(), family.imageHelp(), q.min(), q.max(), q.when())
                        : q)
                .toList();
        return archetype.withQuestions(questions);
    }

    /** {@code "files": {"executable": [paths], "when": {path: condition}}}, all optional. */
    private static FileRules fileRules(JsonNode node, String manifestName) {
        if (node == null || node.isNull()) {
            return FileRules.NONE;
        }
        if (!node.isObject()) {
            throw new InputException(manifestName + ": field 'files' must be an object");
        }
        StrictKeys.check(node, Set.of("executable", "when"), manifestName + ": files");
        List<String> executable = new ArrayList<>();
        JsonNode list = node.path("executable");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new InputException(manifestName + ": field 'files.executable' must be an array of paths");
        }
        list.forEach(p -> executable.add(p.asText()));
        Map<String, String> when = new LinkedHashMap<>();
        JsonNode conditions = node.path("when");
        if (!conditions.isMissingNode() && !conditions.isObject()) {
            throw new InputException(manifestName + ": field 'files.when' must map paths to conditions");
        }
        conditions.fields().forEachRemaining(e -> when.put(e.getKey(), e.getValue().asText()));
        return new FileRules(executable, when);
    }

    /** {@code "verify": {"tools": [..], "steps": [[cmd, args..], ..], "touch": path, "forbid_packages": [..]}}. */
    private static VerifyRecipe verifyRecipe(JsonNode node, String manifestName) {
        if (node == null || node.isNull()) {
            return VerifyRecipe.NONE;
        }
        String at = manifestName + ": verify";
        StrictKeys.check(node, Set.of("tools", "steps", "touch", "forbid_packages"), at);
        List<List<String>> steps = new ArrayList<>();
        for (JsonNode step : arrayField(node, "steps", at)) {
            if (!step.isArray() || step.isEmpty()) {
                throw new InputException(at + ".steps: each step must be a non-empty array (command and arguments)");
            }
            steps.add(texts(step));
        }
        return new VerifyRecipe(texts(arrayField(node, "tools", at)), steps,
                JsonFiles.optionalText(node, "touch", at), texts(arrayField(node, "forbid_packages", at)));
    }

    private static JsonNode arrayField(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw new InputException(at + "." + field + " must be an array");
        }
        return value;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private Archetype loadArchetype(Path root, String id, String relativePath, QuestionParser questions) {
        Path folder = root.resolve(relativePath).normalize();
        if (!folder.startsWith(root)) {
            throw new InputException(CATALOG_FILE + ": archetype '" + id + "' path '" + relativePath + "' leaves the catalog");
        }
        CatalogFiles.inside(root, relativePath, CATALOG_FILE + ": archetype '" + id + "' path '" + relativePath + "'");
        String manifestName = relativePath + "/" + MANIFEST_FILE;
        JsonNode manifest = JsonFiles.read(CatalogFiles.inside(folder, MANIFEST_FILE, manifestName), manifestName);
        StrictKeys.check(manifest, MANIFEST_KEYS, manifestName);
        String manifestId = JsonFiles.requiredText(manifest, "id", manifestName);
        if (!manifestId.equals(id)) {
            throw new InputException(manifestName + ": field 'id' is '" + manifestId + "' but catalog.json lists '" + id + "'");
        }
        Path files = CatalogFiles.inside(folder, "files", relativePath + "/files");
        if (!Files.isDirectory(files, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(relativePath + ": folder 'files' is missing");
        }
        return new Archetype(id,
                JsonFiles.requiredText(manifest, "version", manifestName),
                JsonFiles.requiredText(manifest, "description", manifestName),
                JsonFiles.requiredText(manifest, "family", manifestName),
                questions.parse(manifest.get("questions"), manifestName),
                fileRules(manifest.get("files"), manifestName),
                verifyRecipe(manifest.get("verify"), manifestName),
                files, null,
                JsonFiles.optionalText(manifest, "ecosystem", manifestName));
    }
}
