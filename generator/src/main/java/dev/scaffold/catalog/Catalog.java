package dev.scaffold.catalog;

import dev.scaffold.error.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The archetypes a catalog offers (or several catalogs layered: later ones override archetypes by id),
 * the default one, the shared templates folder, the families' rules, the org's defaults and policy,
 * and {@code layers}: the specs that load each layer over the built-in one again, at the same commit or content digest.
 */
public record Catalog(String source, String defaultArchetype, List<Archetype> archetypes, Path sharedTemplates,
        java.util.Map<String, Family> families, OrgSettings org, List<String> layers) {

    public Catalog {
        archetypes = List.copyOf(archetypes);
        families = java.util.Map.copyOf(families);
        layers = List.copyOf(layers);
    }

    /** The rules of an archetype's family; every archetype's family is known (checked when loading). */
    public Family family(Archetype archetype) {
        return families.get(archetype.family());
    }

    /** The archetype with this id; an unknown id is a user error that lists the valid ones. */
    public Archetype archetype(String id) {
        return archetypes.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InputException(
                        "--archetype: unknown archetype '" + id + "'; choose one of: " + ids()));
    }

    /** This catalog with {@code over} layered on top: its archetypes replace same-id ones, its settings win. */
    public Catalog layeredWith(Catalog over) {
        java.util.Map<String, Archetype> byId = new java.util.LinkedHashMap<>();
        archetypes.forEach(a -> byId.put(a.id(), a));
        over.archetypes().forEach(a -> byId.put(a.id(), a.withOrigin(new Origin(a.origin().catalog(), a.origin().revision(),
                java.util.stream.Stream.concat(a.origin().templates().stream(), java.util.stream.Stream.of(sharedTemplates)).toList(),
                a.origin().limits()))));
        java.util.Map<String, Family> mergedFamilies = new java.util.LinkedHashMap<>(families);
        mergedFamilies.putAll(over.families());
        return new Catalog(source + " + " + over.source(),
                over.defaultArchetype() != null ? over.defaultArchetype() : defaultArchetype,
                List.copyOf(byId.values()), sharedTemplates, mergedFamilies, org.overriddenBy(over.org()),
                java.util.stream.Stream.concat(layers.stream(), over.layers().stream()).toList());
    }

    public String ids() {
        return archetypes.stream().map(Archetype::id).collect(Collectors.joining(", "));
    }
}
