package dev.scaffold.render;

import dev.scaffold.answers.Condition;
import dev.scaffold.catalog.ActionPins;
import dev.scaffold.catalog.FileRules;
import dev.scaffold.catalog.Limits;
import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * Renders every file of the description's archetype, with the shared templates its origin names,
     * within the time and size limits of its catalog.
     */
    public ProjectTree render(ProjectDescription description) {
        Limits limits = description.archetype().origin().limits();
        RenderWorker.Progress progress = new RenderWorker.Progress();
        return RenderWorker.run(description.archetype().id(), limits.renderTime(), progress,
                () -> renderAll(description, limits, progress));
    }

    private ProjectTree renderAll(ProjectDescription description, Limits limits, RenderWorker.Progress progress) {
        Path filesRoot = description.archetype().filesRoot();
        String origin = description.archetype().id() + "/files/";
        List<Path> templates = description.archetype().origin().templates();
        Configuration cfg = TemplateEngine.configuration(TemplateSources.loader(filesRoot, templates, limits.fileBytes(), origin));
        Map<String, Object> model = new LinkedHashMap<>(description.model());
        // The catalogs' action pins (templates/actions.json), read by the ci macros; not answers.
        model.putAll(ActionPins.load(description.archetype().origin().dataFolders()).model());
        ProjectTree tree = new ProjectTree();
        FileRules rules = description.archetype().fileRules();
        List<String> sources = TemplateSources.files(filesRoot, origin);
        Map<String, Path> shared = sharedFiles(templates, sources);
        List<String> all = new ArrayList<>(sources);
        all.addAll(shared.keySet());
        rules.unmatched(all).ifPresent(rule -> {
            throw new GenerationException(description.archetype().id() + "/archetype.json: files rule '" + rule
                    + "' names no file under files/ or the shared templates/files/");
        });
        long total = 0;
        for (String source : all) {
            progress.file = source;
            if (!included(rules.conditionsFor(source), model, origin + source)) {
                continue;
            }
            Path from = shared.get(source);
            String where = from == null ? origin : "templates/" + SHARED_FILES;
            String target = targetPath(cfg, source, model, where);
            boolean template = source.endsWith(TemplateSources.SUFFIX);
            long budget = Math.min(limits.fileBytes(), limits.repoBytes() - total);
            byte[] content = template
                    ? renderTemplate(cfg, from == null ? source : SHARED_FILES + source, model, from == null ? origin : "templates/", budget)
                    : TemplateSources.readBounded(from == null ? filesRoot.resolve(source) : from, where + source, budget);
            if (content.length > budget) {
                throw new GenerationException(where + source + ": output over the limit of " + budget
                        + " bytes (catalog.json limits.file_megabytes / repo_megabytes)");
            }
            total += content.length;
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
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (String source : TemplateSources.files(root, "templates/" + SHARED_FILES)) {
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

    private static byte[] renderTemplate(Configuration cfg, String name, Map<String, Object> model, String origin, long budget) {
        // Templates from the configuration's cache already carry the interruption checks.
        return process(() -> cfg.getTemplate(name), model, origin + name, budget, false).getBytes(StandardCharsets.UTF_8);
    }

    private interface TemplateFactory {
        Template create() throws IOException;
    }

    private static String process(TemplateFactory factory, Map<String, Object> model, String where) {
        return process(factory, model, where, Limits.DEFAULT.fileBytes(), true);
    }

    private static String process(TemplateFactory factory, Map<String, Object> model, String where, long maxChars,
            boolean fresh) {
        try {
            BoundedWriter out = new BoundedWriter(maxChars, where);
            Template template = factory.create();
            if (fresh) {
                TemplateEngine.addInterruptionChecks(template);
            }
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw syntaxError(e, where);
        } catch (TemplateException e) {
            rethrowOwn(e);
            throw new GenerationException("template error in " + templateName(e.getTemplateSourceName(), where)
                    + " line " + e.getLineNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
                    + (e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString()), e);
        } catch (IOException e) {
            // A template that failed to parse when it was first loaded comes back from the cache wrapped.
            if (e.getCause() instanceof ParseException parse) {
                throw syntaxError(parse, where);
            }
            rethrowOwn(e);
            throw new GenerationException("cannot load template " + where + ": " + e.getMessage(), e);
        }
    }

    private static GenerationException syntaxError(ParseException e, String where) {
        return new GenerationException("template syntax error in " + templateName(e.getTemplateName(), where)
                + " line " + e.getLineNumber() + ": " + firstLine(e.getEditorMessage()), e);
    }

    /**
     * A budget exceeded inside an expression, or a template refused as it was read (a link, not UTF-8, too
     * large), arrives wrapped by Freemarker: report it, not the wrapper.
     */
    private static void rethrowOwn(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof GenerationException || cause instanceof InputException) {
                throw (RuntimeException) cause;
            }
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
