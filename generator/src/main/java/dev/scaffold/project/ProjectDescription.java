package dev.scaffold.project;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.OrgSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated, immutable description of the project to generate: the archetype, its answers, the
 * org settings of the catalogs it came from and those catalogs (as specs that load them again). It is the only place derived values (package names,
 * group id, …) are computed.
 */
public record ProjectDescription(Archetype archetype, String scaffoldVersion,
        Map<String, Object> answers, OrgSettings org, List<String> catalogs) {

    /** The version every generated project starts at: pyproject, package.json, pom.xml, image labels and tags. */
    public static final String PROJECT_VERSION = "0.1.0";

    public ProjectDescription {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        catalogs = List.copyOf(catalogs);
    }

    /** A project from the built-in catalog alone. */
    public ProjectDescription(Archetype archetype, String scaffoldVersion, Map<String, Object> answers) {
        this(archetype, scaffoldVersion, answers, OrgSettings.NONE, List.of());
    }

    public String name() {
        return String.valueOf(answers.get("name"));
    }

    /** The template model: every answer under its question id, plus the derived values. */
    public Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>(answers);
        model.putIfAbsent("package_name", name().replace('-', '_'));
        model.putIfAbsent("pascal_name", pascalCase(name()));
        if (answers.containsKey("group_id")) {
            String javaPackage = answers.get("group_id") + "." + name().replace("-", "");
            model.putIfAbsent("java_package", javaPackage);
            model.putIfAbsent("java_package_path", javaPackage.replace('.', '/'));
        }
        if (answers.containsKey("uid")) {
            model.putIfAbsent("gid", answers.get("uid"));
        }
        model.putIfAbsent("project_version", PROJECT_VERSION);
        if (archetype.ecosystem() != null) {
            model.put("ecosystem", archetype.ecosystem());
        }
        model.put("archetype_id", archetype.id());
        model.put("archetype_version", archetype.version());
        model.put("scaffold_version", scaffoldVersion);
        // Not answers: the org's labels and CI settings, which shared macros read (see macros/ci.ftl, docker.ftl).
        model.put("org", org.model());
        return Collections.unmodifiableMap(model);
    }

    /** "orders-api" becomes "OrdersApi" (a class-name prefix such as OrdersApiApplication). */
    static String pascalCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
