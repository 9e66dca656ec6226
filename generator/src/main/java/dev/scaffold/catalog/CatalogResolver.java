package dev.scaffold.catalog;

import dev.scaffold.error.InputException;
import dev.scaffold.git.GitCatalogFetcher;
import dev.scaffold.http.ContentDigest;
import dev.scaffold.http.HttpCatalogFetcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Turns catalog specs into one layered catalog: the built-in catalog first, then each spec in order
 * (later ones override archetypes by id and org settings by key). A spec is a local folder holding
 * catalog.json, an HTTPS URL of a catalog.json that lists its files, optionally pinned to its content
 * with {@code #sha256:<hex>}, or a git repository URL (https, ssh, file or git@host:path), optionally
 * with {@code #tag}, {@code #branch} or {@code #commit}.
 * Remote catalogs are fetched afresh on every run, into a folder of the run's own; nothing else touches the network.
 */
public final class CatalogResolver {
    private final Path cacheRoot;
    private final GitCatalogFetcher git = new GitCatalogFetcher();
    private final HttpCatalogFetcher http = new HttpCatalogFetcher();

    public CatalogResolver(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The default cache: $XDG_CACHE_HOME/scaffold/catalogs, else ~/.cache/scaffold/catalogs. */
    public static CatalogResolver withUserCache(Function<String, String> environment) {
        return new CatalogResolver(UserConfig.cacheHome(environment).resolve("catalogs"));
    }

    public Catalog resolve(CatalogSpec chosen) {
        Catalog catalog = BuiltinCatalog.load();
        for (String spec : chosen.specs()) {
            catalog = catalog.layeredWith(load(spec.strip(), chosen.from()));
        }
        return catalog;
    }

    private Catalog load(String spec, String from) {
        CatalogLoader loader = new CatalogLoader(List.of(BuiltinCatalog.root()));
        if (CatalogSpec.isRemote(spec)) {
            if (spec.matches("(?i)http://.*") && !spec.matches("(?i)http://(localhost|127\\.0\\.0\\.1|\\[::1])([:/#].*)?")) {
                throw new InputException(from + ": " + spec + ": plain http is accepted only for localhost; use https");
            }
            int hash = spec.lastIndexOf('#');
            String url = hash < 0 ? spec : spec.substring(0, hash);
            String ref = hash < 0 ? null : spec.substring(hash + 1);
            if (CatalogSpec.isJsonUrl(spec)) {
                if (ref != null && !CatalogSpec.isDigestPin(ref)) {
                    throw new InputException(from + ": " + spec + ": a catalog.json URL can only be pinned to its content,"
                            + " as #" + ContentDigest.PREFIX + "<64 lower-case hex digits> (git refs need a git repository URL)");
                }
                HttpCatalogFetcher.Fetched fetched = http.fetch(url, ref, runFolder(digest(url)), from);
                return loader.load(fetched.dir(), url, fetched.digest());
            }
            if (!spec.matches("(?i)(https?|ssh|git|file)://.+") && !CatalogSpec.isScpLike(spec)) {
                throw new InputException(from + ": " + spec + ": unsupported URL; use a folder, an https URL of a catalog.json,"
                        + " or a git URL (https, ssh, file, git@host:path)");
            }
            GitCatalogFetcher.Clone clone = git.fetch(url, ref, runFolder(digest(spec)), from);
            return loader.load(clone.dir(), url, clone.commit());
        }
        Path dir = Path.of(spec).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("catalog.json"))) {
            throw new InputException(from + ": " + spec + ": no catalog.json in that folder");
        }
        return loader.load(dir, dir.toString());
    }

    /**
     * A folder of this run's own to fetch a catalog into: parallel runs on one remote catalog must not
     * share a folder (one would delete or lock what another is reading). It is removed when the JVM ends;
     * those of runs that were killed are removed by a later run. A long-running server keeps one per
     * fetch until it stops.
     */
    private Path runFolder(String name) {
        try {
            Files.createDirectories(cacheRoot);
            dev.scaffold.write.StagingFolders.removeStale(cacheRoot, name);
            Path folder = dev.scaffold.write.StagingFolders.create(cacheRoot, name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dev.scaffold.write.Folders.deleteQuietly(folder)));
            return folder;
        } catch (java.io.IOException e) {
            throw new InputException("cannot create the catalog cache folder in " + cacheRoot + ": " + dev.scaffold.error.Reasons.of(e));
        }
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
