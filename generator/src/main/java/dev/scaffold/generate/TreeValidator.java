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

    public void validate(ProjectTree tree) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> entry : tree.files().entrySet()) {
            checkPath(entry.getKey(), problems);
            if (entry.getValue().rendered()) {
                text(entry.getValue()).ifPresent(text -> checkLeftovers(entry.getKey(), text, problems));
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

    private static void checkLeftovers(String path, String text, List<String> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String marker : LEFTOVERS) {
                if (lines[i].contains(marker)) {
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
