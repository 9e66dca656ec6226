package dev.scaffold.catalog;

import dev.scaffold.error.GenerationException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Locates the catalog that ships inside the scaffold jar (or in target/classes when run from a build). */
public final class BuiltinCatalog {
    static final String RESOURCE = "/scaffold-catalog/catalog.json";

    private BuiltinCatalog() {
    }

    public static Catalog load() {
        return new CatalogLoader().load(root(), CatalogLoader.BUILTIN);
    }

    /** The folder holding the built-in catalog.json, as a path on the default or the jar's file system. */
    public static Path root() {
        URL url = BuiltinCatalog.class.getResource(RESOURCE);
        if (url == null) {
            throw new GenerationException("the built-in catalog is missing from the classpath (" + RESOURCE + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openJarFileSystem(uri);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new GenerationException("cannot open the built-in catalog at " + url, e);
        }
    }

    private static void openJarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // Opened by an earlier call in this JVM: Path.of(uri) finds it.
        }
    }
}
