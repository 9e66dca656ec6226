package dev.scaffold.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.error.InputException;
import dev.scaffold.write.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Mirrors a catalog published as static files over HTTPS into a local folder. A web server cannot
 * list folders, so such a catalog.json lists every file it needs besides itself in {@code "files"}
 * (paths relative to catalog.json, as JBang's {@code //FILES} lists a remote script's files): the
 * archetype manifests, their {@code files/} trees and any {@code templates/}. Plain {@code http://}
 * is accepted only for loopback hosts (tests): catalog templates end up in every generated repo.
 * Network is touched only here.
 */
public final class HttpCatalogFetcher {

    /** The whole fetch (catalog.json and every file it lists) must end within this time. */
    public static final Duration FETCH_TIME = Duration.ofSeconds(120);
    /** catalog.json is read whole into memory: no larger than any JSON file scaffold reads. */
    public static final long INDEX_BYTES = dev.scaffold.catalog.JsonFiles.MAX_BYTES;

    private final Duration fetchTime;
    private final long fileBytes;
    private final long totalBytes;

    public HttpCatalogFetcher() {
        this(FETCH_TIME, dev.scaffold.catalog.Limits.HARD.fileBytes(), dev.scaffold.catalog.Limits.HARD.repoBytes());
    }

    /** Limits: the whole fetch's time, each listed file's size, and the total of all files. */
    public HttpCatalogFetcher(Duration fetchTime, long fileBytes, long totalBytes) {
        this.fetchTime = fetchTime;
        this.fileBytes = fileBytes;
        this.totalBytes = totalBytes;
    }

    /** The folder the catalog was mirrored into, and the digest of what was served ({@code sha256:<hex>}). */
    public record Fetched(Path dir, String digest) {
    }

    /**
     * Downloads catalog.json at {@code url} and every file it lists into {@code into} (replaced), and
     * digests what was served. With {@code pin} (a {@code sha256:} digest recorded earlier), content that
     * differs is refused and nothing is kept: a web server has no history to go back to, so a repo
     * rendered again from its answers file either gets the bytes it was generated from or a clear error.
     * {@code from} names the spec's source in errors.
     */
    public Fetched fetch(String url, String pin, Path into, String from) {
        URI catalog = parse(url, from);
        String where = from + ": " + url;
        BoundedGet http = new BoundedGet(fetchTime);
        byte[] index = http.get(catalog, INDEX_BYTES, where);
        List<String> files = files(index, where);
        ContentDigest digest = new ContentDigest();
        Folders.deleteQuietly(into);
        try {
            write(into.resolve("catalog.json"), index);
            digest.add("catalog.json", index);
            long total = 0;
            for (String file : files) {
                URI fileUri = sibling(catalog, file, where);
                byte[] content = http.get(fileUri, Math.min(fileBytes, totalBytes - total),
                        from + ": " + fileUri + " (listed in " + url + ")");
                total += content.length;
                write(into.resolve(file), content);
                digest.add(file, content);
            }
            String served = digest.value();
            if (pin != null && !pin.equals(served)) {
                throw new InputException(where + ": the catalog has changed since it was pinned: expected " + pin
                        + ", served " + served + "; pass --catalog " + url + " to use what it serves now");
            }
            return new Fetched(into, served);
        } catch (RuntimeException e) {
            Folders.deleteQuietly(into);
            throw e;
        }
    }

    private static URI parse(String url, String from) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InputException(from + ": " + url + ": not a valid URL: " + e.getReason());
        }
        String refusal = BoundedGet.refusal(uri);
        if (refusal != null) {
            throw new InputException(from + ": " + url + ": " + refusal);
        }
        return uri;
    }

    private static List<String> files(byte[] index, String where) {
        JsonNode list = JsonFiles.parse(new String(index, StandardCharsets.UTF_8), where).get("files");
        if (list == null || !list.isArray()) {
            throw new InputException(where + ": field 'files' is required for a catalog served over HTTP(S): list every"
                    + " file it needs besides catalog.json (archetype manifests, files/, templates/), relative to catalog.json");
        }
        List<String> files = new ArrayList<>();
        for (JsonNode entry : list) {
            String path = entry.asText("");
            if (!entry.isTextual() || !safeRelative(path)) {
                throw new InputException(where + ": files: '" + entry.asText() + "' must be a relative path inside the catalog"
                        + " (no leading '/', no '..', '\\', '?', '#' or empty segments)");
            }
            files.add(path);
        }
        return files;
    }

    private static boolean safeRelative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("?") || path.contains("#")
                || path.equals("catalog.json")) {
            return false;
        }
        return Stream.of(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    /** A path relative to catalog.json's folder, percent-encoded (template paths hold '[' and ']'). */
    private static URI sibling(URI catalog, String relative, String where) {
        String base = catalog.getPath().substring(0, catalog.getPath().lastIndexOf('/') + 1);
        try {
            return new URI(catalog.getScheme(), catalog.getRawAuthority() == null ? null : catalog.getAuthority(),
                    base + relative, null, null);
        } catch (URISyntaxException e) {
            throw new InputException(where + ": files: '" + relative + "' cannot be made into a URL: " + e.getReason());
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
