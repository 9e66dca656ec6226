package dev.scaffold.catalog;

import dev.scaffold.http.ContentDigest;
import java.util.List;
import java.util.Optional;

/**
 * Which catalogs to layer over the built-in one, and where that choice came from (named in errors).
 * Precedence: {@code --catalog} flags, then the catalogs an answers file records (re-rendering must
 * use what generated the repository), then {@code $SCAFFOLD_CATALOG}, then the user's config file.
 * The first source that says anything decides the whole list; sources are not merged, so what a
 * command uses is always what one place says.
 */
public record CatalogSpec(List<String> specs, String from) {
    /** Environment variable naming the catalogs to use (comma-separated). */
    public static final String ENV = "SCAFFOLD_CATALOG";

    public CatalogSpec {
        specs = List.copyOf(specs);
    }

    /** {@code config} is read only when no other source names catalogs, so a broken config file cannot get in the way of a flag. */
    public static CatalogSpec choose(List<String> flags, Optional<Recorded> recorded, String environment,
            java.util.function.Supplier<UserConfig> config) {
        if (!flags.isEmpty()) {
            return new CatalogSpec(flags, "--catalog");
        }
        if (recorded.isPresent()) {
            return new CatalogSpec(recorded.get().specs(), recorded.get().file());
        }
        if (environment != null && !environment.isBlank()) {
            return new CatalogSpec(List.of(environment.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    "$" + ENV);
        }
        UserConfig file = config.get();
        return new CatalogSpec(file.catalogs(), file.file().toString());
    }

    /** The catalogs an answers file records, and the file (for messages). */
    public record Recorded(List<String> specs, String file) {
        public Recorded {
            specs = List.copyOf(specs);
        }
    }

    /** A git or HTTP(S) URL, or scp-like git address, rather than a local folder. */
    public static boolean isRemote(String spec) {
        return spec.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*") || isScpLike(spec);
    }

    /** {@code git@host:org/catalog.git}: a git address, unless it is a Windows drive path. */
    static boolean isScpLike(String spec) {
        return spec.matches("[\\w.-]+@[\\w.-]+:.+");
    }

    /** An HTTP(S) URL of a catalog.json (fetched by {@link dev.scaffold.http.HttpCatalogFetcher}), not a git repository; it may carry a fragment. */
    static boolean isJsonUrl(String spec) {
        return spec.matches("(?i)https?://[^#?]+\\.json(#.*)?");
    }

    /** Whether a catalog.json URL's fragment (after '#') is a content pin: {@code sha256:} and 64 lower-case hex digits. */
    static boolean isDigestPin(String fragment) {
        return fragment.matches(ContentDigest.PREFIX + "[0-9a-f]{64}");
    }
}
