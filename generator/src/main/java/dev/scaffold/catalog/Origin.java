package dev.scaffold.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Where an archetype came from: the catalog's source as the user named it, the exact git commit when
 * it was cloned (else null), and the shared template folders to search after the archetype's own
 * files (its catalog's {@code templates/}, then the built-in one's).
 */
public record Origin(String catalog, String commit, List<Path> templates) {
    public Origin {
        templates = List.copyOf(templates);
    }
}
