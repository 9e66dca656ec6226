package dev.scaffold.render;

import dev.scaffold.error.GenerationException;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads template files into memory and serves them to Freemarker: the archetype's files first, then
 * the shared {@code templates/} folder, so {@code <#import "/macros/x.ftl">} finds shared macros.
 * Works the same for a folder on disk and for the catalog inside the jar.
 */
final class TemplateSources {
    static final String SUFFIX = ".ftl";

    private TemplateSources() {
    }

    static TemplateLoader loader(Path archetypeFiles, List<Path> sharedTemplates) {
        List<TemplateLoader> loaders = new java.util.ArrayList<>();
        loaders.add(load(archetypeFiles));
        sharedTemplates.stream().filter(Files::isDirectory).map(TemplateSources::load).forEach(loaders::add);
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Every regular file under a folder, as '/'-separated relative paths in sorted order. */
    static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> relative(root, p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GenerationException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static StringTemplateLoader load(Path root) {
        StringTemplateLoader loader = new StringTemplateLoader();
        for (String name : files(root)) {
            if (name.endsWith(SUFFIX)) {
                loader.putTemplate(name, read(root.resolve(name), name));
            }
        }
        return loader;
    }

    private static String read(Path file, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new GenerationException("template " + name + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
