package dev.scaffold;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.catalog.CatalogLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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

    /** Copies a fixture (or any folder) so that a test can change it. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
