package dev.scaffold.serve;

import dev.scaffold.app.Generated;
import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.git.Author;
import dev.scaffold.project.GeneratedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.PersonIdent;

/** The endpoints: which method and path does what. Every answer goes through {@link Renderer}, and so the service. */
final class Routes {
    private final CatalogHolder catalogs;
    private final Renderer renderer;
    private final ServeLimits limits;
    private final Author author;
    private final WebAssets assets = new WebAssets();

    Routes(CatalogHolder catalogs, Renderer renderer, ServeLimits limits, Author author) {
        this.catalogs = catalogs;
        this.renderer = renderer;
        this.limits = limits;
        this.author = author;
    }

    void handle(Call call) throws IOException {
        String path = call.path();
        switch (path) {
            case "/" -> {
                allow(call, "GET", "HEAD");
                if (assets.wantsText(call.header("Accept"), call.header("User-Agent"))) {
                    call.text(200, "text/plain; charset=utf-8", assets.usage(call.baseUrl(), catalog()));
                } else {
                    call.bytes(200, "text/html; charset=utf-8", assets.get("index.html"));
                }
            }
            case "/app.js", "/app.css" -> {
                allow(call, "GET", "HEAD");
                call.setHeader("Cache-Control", "no-cache");
                call.bytes(200, path.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                        assets.get(path.substring(1)));
            }
            case "/openapi.json" -> {
                allow(call, "GET", "HEAD");
                call.bytes(200, "application/json", assets.get("openapi.json"));
            }
            case "/health" -> {
                allow(call, "GET", "HEAD");
                call.json(200, Map.of("status", "UP"));
            }
            case "/ready" -> {
                allow(call, "GET", "HEAD");
                Catalog catalog = catalogs.get();
                if (catalog == null) {
                    throw new HttpError(503, null, "the catalogs are not loaded yet");
                }
                call.json(200, Map.of("status", "READY", "archetypes", catalog.archetypes().size()));
            }
            case "/api/archetypes" -> {
                allow(call, "GET", "HEAD");
                call.json(200, Metadata.catalog(catalog()));
            }
            case "/api/generate" -> {
                allow(call, "GET", "POST");
                generate(call);
            }
            case "/api/preview" -> {
                allow(call, "GET", "POST");
                preview(call);
            }
            default -> {
                if (path.startsWith("/api/archetypes/")) {
                    allow(call, "GET", "HEAD");
                    String id = path.substring("/api/archetypes/".length());
                    Catalog catalog = catalog();
                    Archetype archetype = catalog.archetypes().stream().filter(a -> a.id().equals(id)).findFirst()
                            .orElseThrow(() -> new HttpError(404, "archetype", "archetype: unknown archetype '" + id
                                    + "'; choose one of: " + String.join(", ", catalog.archetypes().stream().map(Archetype::id).toList())));
                    call.json(200, Metadata.archetype(archetype, catalog));
                } else {
                    throw new HttpError(404, null, "no such page: " + path + " (see /openapi.json)");
                }
            }
        }
    }

    private void generate(Call call) throws IOException {
        RequestInput input = RequestInput.read(call, limits);
        ArchiveFormat format = ArchiveFormat.choose(input.format(), call.header("Accept"));
        if (format == null) {
            throw new HttpError(400, RequestInput.FORMAT, "format: must be zip or tgz (got '" + input.format() + "')");
        }
        Generated generated = renderer.generate(catalog(), input);
        PersonIdent now = new PersonIdent(author.name(), author.email());
        List<ArchiveEntry> entries = RepositoryArchive.entries(generated, author, now);
        String file = generated.description().name() + format.extension;
        call.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try (OutputStream out = call.stream(format.contentType)) {
            format.write(entries, out, now.getWhenAsInstant().getEpochSecond());
        }
    }

    private void preview(Call call) throws IOException {
        RequestInput input = RequestInput.read(call, limits);
        Generated generated = renderer.generate(catalog(), input);
        Archetype archetype = generated.description().archetype();
        String name = generated.description().name();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("archetype", archetype.id());
        out.put("version", archetype.version());
        out.put("name", name);
        out.put("answers", generated.description().answers());
        out.put("command", CommandLines.scaffoldNew(archetype.id(), input.answers(), input.allowPrivilegedPort()));
        out.put("curl", CommandLines.curl(call.baseUrl(), archetype.id(), name, input.answers(), input.allowPrivilegedPort()));
        List<Map<String, Object>> files = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> e : generated.tree().files().entrySet()) {
            Map<String, Object> file = new LinkedHashMap<>();
            byte[] bytes = e.getValue().content();
            file.put("path", e.getKey());
            file.put("size", bytes.length);
            file.put("executable", e.getValue().executable());
            if (input.contents()) {
                file.put("text", utf8(bytes));
            }
            files.add(file);
        }
        out.put("files", files);
        call.json(200, out);
    }

    /** The file as text, or null when it is not UTF-8 (a binary such as a wrapper jar). */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private Catalog catalog() {
        Catalog catalog = catalogs.get();
        if (catalog == null) {
            throw new HttpError(503, null, "the catalogs are not loaded yet");
        }
        return catalog;
    }

    private static void allow(Call call, String... methods) {
        if (!Set.of(methods).contains(call.method())) {
            call.setHeader("Allow", String.join(", ", methods));
            throw new HttpError(405, null, call.method() + " is not allowed on " + call.path() + "; use " + String.join(" or ", methods));
        }
    }
}
