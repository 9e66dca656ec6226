package dev.scaffold.catalog;

import dev.scaffold.error.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The archetypes a catalog offers, the default one, and the shared templates folder. */
public record Catalog(String source, String defaultArchetype, List<Archetype> archetypes, Path sharedTemplates,
        java.util.Map<String, Family> families) {

    public Catalog {
        archetypes = List.copyOf(archetypes);
        families = java.util.Map.copyOf(families);
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

    public String ids() {
        return archetypes.stream().map(Archetype::id).collect(Collectors.joining(", "));
    }
}
