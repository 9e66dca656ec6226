package dev.scaffold.render;

import dev.scaffold.answers.Condition;
import dev.scaffold.catalog.FileRules;
import dev.scaffold.catalog.Limits;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders an archetype's files into a {@link ProjectTree}: {@code .ftl} files through Freemarker with
 * the suffix dropped, other files byte for byte; path segments are rendered too, and a segment
 * starting with {@code dot-} becomes a dotfile.
 */
public final class ArchetypeRenderer {
    private static final String DOT_PREFIX = "dot-";

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
        TemplateSources.Loaded loaded = TemplateSources.loader(filesRoot, description.archetype().origin().templates(),
                limits.fileBytes(), origin);
        Configuration cfg = TemplateEngine.configuration(loaded.loader());
        TemplateEngine.addInterruptionChecks(cfg, loaded.names());
        Map<String, Object> model = description.model();
        ProjectTree tree = new ProjectTree();
        FileRules rules = description.archetype().fileRules();
        List<String> sources = TemplateSources.files(filesRoot, origin);
        rules.unmatched(sources).ifPresent(rule -> {
            throw new GenerationException(description.archetype().id() + "/archetype.json: files rule '" + rule
                    + "' names no file under files/");
        });
        long total = 0;
        for (String source : sources) {
            progress.file = source;
            if (!included(rules.conditionsFor(source), model, origin + source)) {
                continue;
            }
            String target = targetPath(cfg, source, model, origin);
            boolean template = source.endsWith(TemplateSources.SUFFIX);
            long budget = Math.min(limits.fileBytes(), limits.repoBytes() - total);
            byte[] content = template
                    ? renderTemplate(cfg, source, model, origin, budget)
                    : TemplateSources.readBounded(filesRoot.resolve(source), origin + source, budget);
            if (content.length > budget) {
                throw new GenerationException(origin + source + ": output over the limit of " + budget
                        + " bytes (catalog.json limits.file_megabytes / repo_megabytes)");
            }
            total += content.length;
            tree.add(target, new GeneratedFile(content, rules.isExecutable(source), template));
        }
        return tree;
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
            rethrowBudget(e);
            throw new GenerationException("template error in " + templateName(e.getTemplateSourceName(), where)
                    + " line " + e.getLineNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
                    + (e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString()), e);
        } catch (IOException e) {
            // A template that failed to parse when it was first loaded comes back from the cache wrapped.
            if (e.getCause() instanceof ParseException parse) {
                throw syntaxError(parse, where);
            }
            throw new GenerationException("cannot load template " + where + ": " + e.getMessage(), e);
        }
    }

    private static GenerationException syntaxError(ParseException e, String where) {
        return new GenerationException("template syntax error in " + templateName(e.getTemplateName(), where)
                + " line " + e.getLineNumber() + ": " + firstLine(e.getEditorMessage()), e);
    }

    /** A budget exceeded inside an expression arrives wrapped by Freemarker: report the budget, not the wrapper. */
    private static void rethrowBudget(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof GenerationException budget) {
                throw budget;
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
