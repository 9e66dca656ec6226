package dev.scaffold.answers;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where answers come from, strongest first: command-line flags, then an answers file, then the
 * prompter, then defaults ({@code contextDefaults}, such as the name taken from the target folder,
 * before the archetype's own).
 *
 * @param flagFor how to name the flag that sets a question, for messages ("--port", "-d workers=VALUE")
 */
public record AnswerSources(
        Map<String, String> flags,
        Map<String, String> file,
        String fileName,
        Map<String, String> contextDefaults,
        UnaryOperator<String> flagFor) {

    public AnswerSources {
        flags = Map.copyOf(flags);
        file = Map.copyOf(file);
        contextDefaults = Map.copyOf(contextDefaults);
    }
}
