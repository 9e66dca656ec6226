package dev.scaffold.render;

import dev.scaffold.catalog.CatalogFiles;
import dev.scaffold.error.GenerationException;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves template files to Freemarker: the archetype's files first, then the shared {@code templates/}
 * folders, so {@code <#import "/macros/x.ftl">} finds shared macros. Works the same for a folder on disk
 * and for the catalog inside the jar. A template is read when Freemarker first asks for it, so a run
 * reads only the templates its archetype renders, includes or imports (reading every template of the
 * catalog was a start-up cost of every run). Only {@code .ftl} files inside those folders can be
 * reached by {@code <#include>} or {@code <#import>}: Freemarker never touches the disk itself, names
 * that leave a folder are refused, and {@link CatalogFiles#inside} follows no link.
 */
final class TemplateSources {
    static final String SUFFIX = ".ftl";

    private TemplateSources() {
    }

    static TemplateLoader loader(Path archetypeFiles, List<Path> sharedTemplates, long maxBytes, String where) {
        List<Folder> folders = new ArrayList<>();
        folders.add(new Folder(archetypeFiles, where));
        for (Path shared : sharedTemplates) {
            if (Files.exists(shared, LinkOption.NOFOLLOW_LINKS)) {
                folders.add(new Folder(shared, "templates/"));
            }
        }
        return new FolderLoader(List.copyOf(folders), maxBytes);
    }

    /** A folder templates are served from, and how errors name it. */
    private record Folder(Path root, String where) {
    }

    /** A template found in a folder: its file and its name in errors. */
    private record Source(Path file, String name) {
    }

    private record FolderLoader(List<Folder> folders, long maxBytes) implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) {
            if (!name.endsWith(SUFFIX)) {
                return null;
            }
            for (Folder folder : folders) {
                Path file;
                try {
                    file = CatalogFiles.inside(folder.root(), name, folder.where() + name);
                } catch (InvalidPathException notAFileName) { // e.g. Freemarker's "*/" acquisition on Windows
                    return null;
                }
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return new Source(file, folder.where() + name);
                }
            }
            return null;
        }

        @Override
        public long getLastModified(Object source) {
            return -1; // never re-read: a run's templates do not change under it
        }

        @Override
        public Reader getReader(Object source, String encoding) {
            Source template = (Source) source;
            return new StringReader(read(template.file(), template.name(), maxBytes));
        }

        @Override
        public void closeTemplateSource(Object source) {
            // Nothing is held open: getReader reads the whole file.
        }
    }

    /** Every regular file under a folder, as '/'-separated relative paths in sorted order; links are refused. */
    static List<String> files(Path root, String where) {
        return CatalogFiles.list(root, where);
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
