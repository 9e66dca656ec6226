package dev.scaffold;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Catalog fixtures under src/test/resources/catalogs. */
public final class TestCatalogs {
    private TestCatalogs() {
    }

    public static Path root(String name) {
        try {
            return Path.of(TestCatalogs.class.getResource("/catalogs/" + name + "/catalog.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Catalog load(String name) {
        return new CatalogLoader().load(root(name), name);
    }
}
