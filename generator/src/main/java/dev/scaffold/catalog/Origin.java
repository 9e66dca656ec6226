package dev.scaffold.catalog;

import dev.scaffold.http.ContentDigest;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an archetype came from: the catalog's source as the user named it, the exact revision it was
 * loaded at (the git commit of a cloned catalog, the {@code sha256:} digest of one fetched over
 * HTTP(S), else null), and the shared template folders to search after the archetype's own files (its
 * catalog's {@code templates/}, then the built-in one's), and the limits its catalog sets on rendering.
 */
public record Origin(String catalog, String revision, List<Path> templates, Limits limits) {
    public Origin {
        templates = List.copyOf(templates);
    }

    /** An origin with the default rendering limits. */
    public Origin(String catalog, String revision, List<Path> templates) {
        this(catalog, revision, templates, Limits.DEFAULT);
    }

    /** A content digest rather than a git commit. */
    public boolean isDigest() {
        return revision != null && revision.startsWith(ContentDigest.PREFIX);
    }
}
