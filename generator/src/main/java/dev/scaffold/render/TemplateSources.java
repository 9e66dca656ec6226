package dev.scaffold.render;

import dev.scaffold.catalog.CatalogFiles;
import dev.scaffold.error.GenerationException;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads template files into memory and serves them to Freemarker: the archetype's files first, then
 * the shared {@code templates/} folder, so {@code <#import "/macros/x.ftl">} finds shared macros.
 * Works the same for a folder on disk and for the catalog inside the jar. Only files read here can be
 * reached by {@code <#include>} or {@code <#import>}: Freemarker never touches the disk itself, so
 * no template can reach a file outside the catalog, and {@link CatalogFiles} follows no link.
 */
final class TemplateSources {
    static final String SUFFIX = ".ftl";

    /** The loader and the name of every template it serves. */
    record Loaded(TemplateLoader loader, Set<String> names) {
    }

    private TemplateSources() {
    }

    static Loaded loader(Path archetypeFiles, List<Path> sharedTemplates, long maxBytes, String where) {
        List<TemplateLoader> loaders = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        loaders.add(load(archetypeFiles, maxBytes, where, names));
        for (Path shared : sharedTemplates) {
            if (Files.exists(shared, LinkOption.NOFOLLOW_LINKS)) {
                loaders.add(load(shared, maxBytes, "templates/", names));
            }
        }
        return new Loaded(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)), Set.copyOf(names));
    }

    /** Every regular file under a folder, as '/'-separated relative paths in sorted order; links are refused. */
    static List<String> files(Path root, String where) {
        return CatalogFiles.list(root, where);
    }

    private static StringTemplateLoader load(Path root, long maxBytes, String where, Set<String> names) {
        StringTemplateLoader loader = new StringTemplateLoader();
        for (String name : files(root, where)) {
            if (name.endsWith(SUFFIX)) {
                loader.putTemplate(name, read(root.resolve(name), where + name, maxBytes));
                names.add(name);
            }
        }
        return loader;
    }

    private static String read(Path file, String name, long maxBytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readBounded(file, name, maxBytes))).toString();
        } catch (CharacterCodingException e) {
            throw new GenerationException("template " + name + " is not valid UTF-8", e);
        }
    }

    /** A file's bytes, refused by name before it is read when it is larger than the per-file limit. */
    static byte[] readBounded(Path file, String name, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new GenerationException(name + ": " + size + " bytes, over the limit of " + maxBytes
                        + " bytes per file (catalog.json limits.file_megabytes)");
            }
            // Read at most one byte past the limit, without following a link swapped in since the listing
            // (NOFOLLOW_LINKS only on the default file system: the jar's zip file system refuses the option).
            try (java.io.InputStream in = file.getFileSystem() == java.nio.file.FileSystems.getDefault()
                    ? Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS) : Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new GenerationException(name + ": over the limit of " + maxBytes
                            + " bytes per file (catalog.json limits.file_megabytes)");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new GenerationException("cannot read " + name + ": " + dev.scaffold.error.Reasons.of(e), e);
        }
    }
}
