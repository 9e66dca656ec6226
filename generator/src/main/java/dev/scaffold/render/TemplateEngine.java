package dev.scaffold.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * The one Freemarker configuration of a run. Templates use {@code [=expr]} interpolation so that
 * {@code ${...}} in Dockerfiles, Compose files and workflows stays literal text; templates from a
 * catalog are not fully trusted, so {@code ?new} and {@code ?api} are disabled, and every template
 * carries interruption checks so that a render past its time budget can be stopped.
 */
public final class TemplateEngine {
    private TemplateEngine() {
    }

    public static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new InterruptibleConfiguration();
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

    /** Adds the checks to one template (post-processing twice is harmless but wasteful: callers do it once). */
    static void addInterruptionChecks(Template template) {
        // _CoreAPI is Freemarker's public-but-internal entry to ThreadInterruptionSupportTemplatePostProcessor.
        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
    }

    /**
     * Adds Freemarker's thread-interruption checks to the loops and macros of every template the first
     * time it is fetched, so that a time-out can stop an endless {@code <#list 1..>} even when it writes
     * nothing. Every fetch goes through this one overload: {@code getTemplate(name)} and the
     * {@code <#include>} and {@code <#import>} of a render alike, so only the templates a render uses are
     * parsed (parsing every template of the catalog up front was most of the time {@code new} took).
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_33);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            synchronized (checked) {
                if (template != null && checked.add(template)) {
                    addInterruptionChecks(template);
                }
            }
            return template;
        }
    }
}
