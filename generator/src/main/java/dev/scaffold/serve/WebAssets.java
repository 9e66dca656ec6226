package dev.scaffold.serve;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.error.GenerationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The page's files (HTML, CSS, script, OpenAPI document, usage text), read once from the jar. */
final class WebAssets {
    private static final String ROOT = "/dev/scaffold/serve/web/";
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    byte[] get(String name) {
        return cache.computeIfAbsent(name, WebAssets::read);
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new GenerationException("the jar lacks " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GenerationException("reading " + name + " from the jar failed: " + e.getMessage(), e);
        }
    }

    /** Plain-text help for clients that ask for text or are command-line tools, as start.spring.io answers curl. */
    boolean wantsText(String accept, String userAgent) {
        if (accept != null && accept.contains("text/html")) {
            return false;
        }
        if (accept != null && accept.contains("text/plain")) {
            return true;
        }
        return userAgent != null && userAgent.matches("(?i)(curl|wget|httpie|xh)/.*");
    }

    String usage(String baseUrl, Catalog catalog) {
        StringBuilder ids = new StringBuilder();
        for (Archetype a : catalog.archetypes()) {
            ids.append(String.format("  %-24s %s%n", a.id() + (a.id().equals(catalog.defaultArchetype()) ? " *" : ""),
                    a.description()));
        }
        return new String(get("usage.txt"), StandardCharsets.UTF_8).replace("{{base}}", baseUrl)
                .replace("{{archetypes}}", ids.toString());
    }
}
