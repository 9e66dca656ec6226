package dev.scaffold.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;

/**
 * The one Freemarker configuration of a run. Templates use {@code [=expr]} interpolation so that
 * {@code ${...}} in Dockerfiles, Compose files and workflows stays literal text; templates from a
 * catalog are not fully trusted, so {@code ?new} and {@code ?api} are disabled.
 */
public final class TemplateEngine {
    private TemplateEngine() {
    }

    public static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        cfg.setTagSyntax(Configuration.ANGLE_BRACKET_TAG_SYNTAX);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("c");
        cfg.setBooleanFormat("c");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates are kept (not softly cached and re-read) so that the interruption checks added below stay.
        cfg.setCacheStorage(new freemarker.cache.StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }

    /**
     * Parses every template of {@code names} once and adds Freemarker's thread-interruption checks to
     * its loops and macros, so that a time-out can stop an endless {@code <#list 1..>} even when it
     * writes nothing. Included and imported templates come from the same cache, checks included. A
     * template that does not parse is left for the render to report, where it is used.
     */
    public static void addInterruptionChecks(Configuration cfg, java.util.Collection<String> names) {
        for (String name : names) {
            try {
                addInterruptionChecks(cfg.getTemplate(name));
            } catch (java.io.IOException reportedWhenUsed) {
                // The cache keeps the error; rendering the file that uses this template reports it.
            }
        }
    }

    /** Adds the checks to one template (post-processing twice is harmless but wasteful: callers do it once). */
    static void addInterruptionChecks(freemarker.template.Template template) {
        // _CoreAPI is Freemarker's public-but-internal entry to ThreadInterruptionSupportTemplatePostProcessor.
        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
    }
}
