package dev.scaffold.serve;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON the API and the page describe archetypes with (like Initializr's metadata). */
final class Metadata {
    private Metadata() {
    }

    static Map<String, Object> catalog(Catalog catalog) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("default", catalog.defaultArchetype());
        out.put("org", catalog.org().displayName());
        out.put("archetypes", catalog.archetypes().stream().map(Metadata::summary).toList());
        return out;
    }

    static Map<String, Object> summary(Archetype a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("version", a.version());
        out.put("description", a.description());
        out.put("family", a.family());
        out.put("catalog", a.origin() == null ? null : a.origin().catalog());
        return out;
    }

    static Map<String, Object> archetype(Archetype a, Catalog catalog) {
        Map<String, Object> out = summary(a);
        out.put("questions", questions(a.questions(), catalog));
        return out;
    }

    private static List<Map<String, Object>> questions(List<Question> questions, Catalog catalog) {
        return questions.stream().map(q -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", q.id());
            out.put("type", q.type().name().toLowerCase(java.util.Locale.ROOT));
            out.put("prompt", q.prompt());
            out.put("help", q.help());
            // The org catalog's defaults win over the archetype's, as they do for `scaffold new`.
            Object orgDefault = catalog.org().defaults().get(q.id());
            out.put("default", orgDefault != null ? orgDefault : q.defaultValue());
            out.put("required", orgDefault == null && !q.hasDefault());
            out.put("choices", q.choices());
            out.put("pattern", q.pattern());
            out.put("patternHelp", q.patternHelp());
            out.put("min", q.min());
            out.put("max", q.max());
            out.put("when", q.when());
            return out;
        }).toList();
    }
}
