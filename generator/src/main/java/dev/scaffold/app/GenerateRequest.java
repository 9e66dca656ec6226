package dev.scaffold.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What an edge asks the service to generate, before any answer is resolved.
 *
 * @param archetypeId the archetype chosen by a flag or form, or null (then the answers file, the prompt or the catalog default)
 * @param answers answers given explicitly (flags, form fields), strongest of all sources
 * @param answersFile an answers file to read (its answers and the catalogs it records), or null
 * @param folderName the target folder's name, the default project name, or null
 * @param allowPrivilegedPort whether a port below 1024 is accepted
 * @param flagFor how the edge names the input that sets a question, for messages ("--port", "-d workers=VALUE")
 */
public record GenerateRequest(String archetypeId, Map<String, String> answers, Path answersFile, String folderName,
        boolean allowPrivilegedPort, UnaryOperator<String> flagFor) {

    public GenerateRequest {
        answers = Map.copyOf(answers);
    }
}
