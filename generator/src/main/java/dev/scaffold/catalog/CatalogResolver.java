package dev.scaffold.catalog;

import dev.scaffold.error.InputException;
import dev.scaffold.git.GitCatalogFetcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns catalog specs into one layered catalog: the built-in catalog first, then each spec in order
 * (an org catalog over the built-in one). A spec is a local folder holding catalog.json, or a git
 * repository URL (https, ssh, file or git@host:path), optionally with {@code #tag}, {@code #branch}
 * or {@code #commit}.
 */
public final class CatalogResolver {
    /** Environment variable naming the catalogs to use when no --catalog is given (comma-separated). */
    public static final String ENV = "SCAFFOLD_CATALOG";
    private final Path cacheRoot;
    private final GitCatalogFetcher git = new GitCatalogFetcher();

    public CatalogResolver(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The default cache: $XDG_CACHE_HOME/scaffold/catalogs, else ~/.cache/scaffold/catalogs. */
    public static CatalogResolver withUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CatalogResolver(base.resolve("scaffold/catalogs"));
    }

    public Catalog resolve(List<String> specs) {
        Catalog catalog = BuiltinCatalog.load();
        for (String spec : specs) {
            catalog = catalog.layeredWith(load(spec.strip()));
        }
        return catalog;
    }

    /** Specs from --catalog flags, else from $SCAFFOLD_CATALOG. */
    public static List<String> specs(List<String> flags, String environment) {
        if (!flags.isEmpty()) {
            return flags;
        }
        if (environment == null || environment.isBlank()) {
            return List.of();
        }
        return List.of(environment.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Catalog load(String spec) {
        if (isGit(spec)) {
            int hash = spec.lastIndexOf('#');
            String url = hash < 0 ? spec : spec.substring(0, hash);
            String ref = hash < 0 ? null : spec.substring(hash + 1);
            GitCatalogFetcher.Clone clone = git.fetch(url, ref, cacheRoot.resolve(digest(spec)));
            return new CatalogLoader(List.of(BuiltinCatalog.root())).load(clone.dir(), url, clone.commit());
        }
        if (spec.matches("https?://.*")) {
            throw new InputException("--catalog: " + spec + ": an HTTP(S) catalog must be a git repository"
                    + " (https://host/org/catalog.git#v1); a bare catalog.json URL is not supported yet");
        }
        Path dir = Path.of(spec).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("catalog.json"))) {
            throw new InputException("--catalog: " + spec + ": no catalog.json in that folder");
        }
        return new CatalogLoader(List.of(BuiltinCatalog.root())).load(dir, dir.toString());
    }

    private static boolean isGit(String spec) {
        return spec.matches("(ssh|git|file)://.+") || spec.matches("[\\w.-]+@[\\w.-]+:.+")
                || spec.matches("https?://.+\\.git(#.*)?") || spec.matches("https?://[^#]+#.+");
    }

    private static String digest(String spec) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(spec.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
