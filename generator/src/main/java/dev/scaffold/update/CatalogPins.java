package dev.scaffold.update;

import dev.scaffold.catalog.CatalogSpec;
import java.util.List;

/**
 * The catalogs an update loads: those the answers file records, without the commit or content pin that
 * made re-rendering exact (an update wants what the catalog offers now), and with the archetype's own
 * catalog at {@code --to REF} when one is given.
 */
public final class CatalogPins {
    private CatalogPins() {
    }

    /** {@code archetypeCatalog}: the catalog the answers file says the archetype came from (its URL or folder). */
    public static List<String> target(List<String> recorded, String archetypeCatalog, String ref) {
        return recorded.stream().map(spec -> {
            String unpinned = unpinned(spec);
            return ref != null && unpinned.equals(archetypeCatalog) ? unpinned + "#" + ref : unpinned;
        }).toList();
    }

    /** A remote spec without its {@code #ref} or {@code #sha256:} pin; a folder as it is. */
    public static String unpinned(String spec) {
        int hash = spec.lastIndexOf('#');
        return CatalogSpec.isRemote(spec) && hash > 0 ? spec.substring(0, hash) : spec;
    }
}
