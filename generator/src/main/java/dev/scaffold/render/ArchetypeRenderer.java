package dev.scaffold.render;

import dev.scaffold.answers.Condition;
import dev.scaffold.catalog.ActionPins;
import dev.scaffold.catalog.FileRules;
import dev.scaffold.error.GenerationException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders an archetype's files into a {@link ProjectTree}: {@code .ftl} files through Freemarker with
 * the suffix dropped, other files byte for byte; path segments are rendered too, and a segment
 * starting with {@code dot-} becomes a dotfile.
 */
public final class ArchetypeRenderer {
    private static final String DOT_PREFIX = "dot-";
    /** The folder of shared templates whose files every archetype renders unless it has its own. */
    static final String SHARED_FILES = "files/";

    /** Renders every file of the description's archetype, with the shared templates its origin names. */
    public ProjectTree render(ProjectDescription description) {
        Path filesRoot = description.archetype().filesRoot();
        List<Path> templates = description.archetype().origin().templates();
        Configuration cfg = TemplateEngine.configuration(TemplateSources.loader(filesRoot, templates));
        Map<String, Object> model = new LinkedHashMap<>(description.model());
        // The catalogs' action pins (templates/actions.json), read by the ci macros; not answers.
        model.putAll(ActionPins.load(description.archetype().origin().dataFolders()).model());
        String origin = description.archetype().id() + "/files/";
        ProjectTree tree = new ProjectTree();
        FileRules rules = description.archetype().fileRules();
        List<String> sources = TemplateSources.files(filesRoot);
        Map<String, Path> shared = sharedFiles(templates, sources);
        List<String> all = new ArrayList<>(sources);
        all.addAll(shared.keySet());
        rules.unmatched(all).ifPresent(rule -> {
            throw new GenerationException(description.archetype().id() + "/archetype.json: files rule '" + rule
                    + "' names no file under files/ or the shared templates/files/");
        });
        for (String source : all) {
            if (!included(rules.conditionsFor(source), model, origin + source)) {
                continue;
            }
            Path from = shared.get(source);
            String where = from == null ? origin : "templates/" + SHARED_FILES;
            String target = targetPath(cfg, source, model, where);
            boolean template = source.endsWith(TemplateSources.SUFFIX);
            byte[] content = template
                    ? renderTemplate(cfg, from == null ? source : SHARED_FILES + source, model, from == null ? origin : "templates/")
                    : copy(from == null ? filesRoot.resolve(source) : from);
            tree.add(target, new GeneratedFile(content, rules.isExecutable(source), template));
        }
        return tree;
    }

    /**
     * The files every archetype inherits, from {@code templates/files/} of its catalogs (its own catalog's
     * first): one source for what archetypes share. An archetype's own file of the same output path wins,
     * whether or not either is a template.
     */
    private static Map<String, Path> sharedFiles(List<Path> templates, List<String> own) {
        Set<String> taken = new HashSet<>();
        own.forEach(source -> taken.add(withoutSuffix(source)));
        Map<String, Path> shared = new TreeMap<>();
        for (Path folder : templates) {
            Path root = folder.resolve(SHARED_FILES);
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (String source : TemplateSources.files(root)) {
                if (taken.add(withoutSuffix(source))) {
                    shared.put(source, root.resolve(source));
                }
            }
        }
        return shared;
    }

    private static String withoutSuffix(String source) {
        return source.endsWith(TemplateSources.SUFFIX)
                ? source.substring(0, source.length() - TemplateSources.SUFFIX.length())
                : source;
    }

    /** Renders a short text such as a path or a verify step against a model, with the same rules as templates. */
    public static String interpolate(String text, Map<String, Object> model) {
        Configuration cfg = TemplateEngine.configuration(new freemarker.cache.StringTemplateLoader());
        return process(() -> new Template("text", new StringReader(text), cfg), model, "'" + text + "'");
    }

    private static boolean included(List<String> conditions, Map<String, Object> model, String where) {
        return conditions.stream().allMatch(when -> Condition.holds(when, model, where));
    }

    private static String targetPath(Configuration cfg, String source, Map<String, Object> model, String origin) {
        String path = source.endsWith(TemplateSources.SUFFIX)
                ? source.substring(0, source.length() - TemplateSources.SUFFIX.length())
                : source;
        if (path.contains("[=") || path.contains("<#")) {
            String template = path;
            path = process(() -> new Template(origin + source + " (path)", new StringReader(template), cfg),
                    model, origin + source);
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            out.append(out.length() == 0 ? "" : "/");
            out.append(segment.startsWith(DOT_PREFIX) ? "." + segment.substring(DOT_PREFIX.length()) : segment);
        }
        return out.toString();
    }

    private static byte[] renderTemplate(Configuration cfg, String name, Map<String, Object> model, String origin) {
        return process(() -> cfg.getTemplate(name), model, origin + name).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] copy(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private interface TemplateFactory {
        Template create() throws IOException;
    }

    private static String process(TemplateFactory factory, Map<String, Object> model, String where) {
        try {
            StringWriter out = new StringWriter();
            factory.create().process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new GenerationException("template syntax error in " + templateName(e.getTemplateName(), where)
                    + " line " + e.getLineNumber() + ": " + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw new GenerationException("template error in " + templateName(e.getTemplateSourceName(), where)
                    + " line " + e.getLineNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
                    + (e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString()), e);
        } catch (IOException e) {
            throw new GenerationException("cannot load template " + where + ": " + e.getMessage(), e);
        }
    }

    private static String templateName(String sourceName, String where) {
        return sourceName == null || where.endsWith(sourceName) ? where : sourceName + " (used by " + where + ")";
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
