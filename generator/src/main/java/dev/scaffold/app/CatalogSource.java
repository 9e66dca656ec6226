package dev.scaffold.app;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogSpec;
import java.util.Optional;

/**
 * Where an edge gets its layered catalog: the CLI chooses from flags, an answers file's record, the
 * environment or the config file on every run; a server loads its catalogs once and shares them.
 */
@FunctionalInterface
public interface CatalogSource {

    /** The layered catalog; {@code recorded} is the list an answers file records, if any. */
    Catalog load(Optional<CatalogSpec.Recorded> recorded);

    /** A source that always answers with the same, already loaded catalog. */
    static CatalogSource fixed(Catalog catalog) {
        return recorded -> catalog;
    }
}
