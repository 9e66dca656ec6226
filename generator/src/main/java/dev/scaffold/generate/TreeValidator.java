package dev.scaffold.generate;

import dev.scaffold.error.GenerationException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what is not a repository rule in a rendered tree, before anything is written: no path leaves
 * the target, no template syntax is left over in a rendered file (a copied file is the archetype's
 * bytes, whatever they hold). The container rules (non-root numeric USER, HEALTHCHECK, port and
 * health path agreeing with the answers, ...) are {@code scaffold check}'s: see {@link Generator}.
 */
public final class TreeValidator {
    private static final List<String> LEFTOVERS = List.of("[=", "<#", "</#", "<@", "</@");

    /** Validates a tree rendered without answers (no answer can explain a template marker in it). */
    public void validate(ProjectTree tree) {
        validate(tree, Map.of());
    }

    /** Validates a tree rendered from {@code model}, whose text answers may hold template markers as data. */
    public void validate(ProjectTree tree, Map<String, Object> model) {
        List<String> problems = new ArrayList<>();
        List<String> answerTexts = answerTexts(model);
        for (Map.Entry<String, GeneratedFile> entry : tree.files().entrySet()) {
            checkPath(entry.getKey(), problems);
            if (entry.getValue().rendered()) {
                text(entry.getValue()).ifPresent(text -> checkLeftovers(entry.getKey(), text, answerTexts, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("the rendered project failed validation:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static void checkPath(String path, List<String> problems) {
        boolean escapes = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.contains("\0");
        for (String segment : path.split("/", -1)) {
            escapes |= segment.isEmpty() || segment.equals("..") || segment.equals(".") || segment.equals(".git");
        }
        if (escapes) {
            problems.add("path '" + path + "' is not a plain relative path inside the project");
        }
    }

    /**
     * The answers that hold template markers themselves ({@code Ping <@oncall>}): what a user typed is
     * data, rendered as it is, never template syntax that the engine missed.
     */
    private static List<String> answerTexts(Map<String, Object> model) {
        return model.values().stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(value -> LEFTOVERS.stream().anyMatch(value::contains))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static void checkLeftovers(String path, String text, List<String> answerTexts, List<String> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (String answer : answerTexts) {
                line = line.replace(answer, " ");
            }
            for (String marker : LEFTOVERS) {
                if (line.contains(marker)) {
                    problems.add(path + ":" + (i + 1) + ": unrendered template syntax '" + marker + "'");
                }
            }
        }
    }

    private static Optional<String> text(GeneratedFile file) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.content())).toString());
        } catch (CharacterCodingException binary) {
            return Optional.empty();
        }
    }
}
