package dev.scaffold.catalog;

import dev.scaffold.http.ContentDigest;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an archetype came from: the catalog's source as the user named it, the exact revision it was
 * loaded at (the git commit of a cloned catalog, the {@code sha256:} digest of one fetched over
 * HTTP(S), else null), the shared template folders to search after the archetype's own files (its
 * catalog's {@code templates/}, then the built-in one's), the limits its catalog sets on rendering, and
 * the {@code templates/} folders of catalogs layered above it, whose data files ({@code actions.json})
 * override the archetype's own catalog's even for an archetype they do not define (an org mirrors
 * actions for the built-in archetypes too).
 */
public record Origin(String catalog, String revision, List<Path> templates, Limits limits, List<Path> overrides) {
    public Origin {
        templates = List.copyOf(templates);
        overrides = List.copyOf(overrides);
    }

    /** An origin with the given rendering limits and no layer above it. */
    public Origin(String catalog, String revision, List<Path> templates, Limits limits) {
        this(catalog, revision, templates, limits, List.of());
    }

    /** An origin with the default rendering limits and no layer above it. */
    public Origin(String catalog, String revision, List<Path> templates) {
        this(catalog, revision, templates, Limits.DEFAULT);
    }

    /** This origin with other shared template folders. */
    public Origin withTemplates(List<Path> shared) {
        return new Origin(catalog, revision, shared, limits, overrides);
    }

    /** This origin under one more catalog layer, whose {@code templates/} data files take precedence. */
    public Origin under(Path layerTemplates) {
        List<Path> above = new java.util.ArrayList<>();
        above.add(layerTemplates);
        above.addAll(overrides);
        return new Origin(catalog, revision, templates, limits, above);
    }

    /** The folders to read data files from, highest precedence first. */
    public List<Path> dataFolders() {
        List<Path> folders = new java.util.ArrayList<>(overrides);
        folders.addAll(templates);
        return folders;
    }

    /** A content digest rather than a git commit. */
    public boolean isDigest() {
        return revision != null && revision.startsWith(ContentDigest.PREFIX);
    }
}
