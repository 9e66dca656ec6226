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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rendered tree before anything is written: no path leaves the target, no template syntax
 * is left over in a rendered file (a copied file is the archetype's bytes, whatever they hold), and the
 * port, user and health path agree across Dockerfile, Compose, CI and app.
 */
public final class TreeValidator {
    private static final List<String> LEFTOVERS = List.of("[=", "<#", "</#", "<@", "</@");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");

    public void validate(ProjectTree tree, Map<String, Object> model) {
        List<String> problems = new ArrayList<>();
        List<String> answerTexts = answerTexts(model);
        for (Map.Entry<String, GeneratedFile> entry : tree.files().entrySet()) {
            checkPath(entry.getKey(), problems);
            if (entry.getValue().rendered()) {
                text(entry.getValue()).ifPresent(text -> checkLeftovers(entry.getKey(), text, answerTexts, problems));
            }
        }
        checkConsistency(tree, model, problems);
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

    private static void checkConsistency(ProjectTree tree, Map<String, Object> model, List<String> problems) {
        String port = String.valueOf(model.get("port"));
        String healthPath = String.valueOf(model.get("health_path"));
        tree.text("Dockerfile").ifPresent(dockerfile -> {
            if (model.containsKey("port") && !matchesAll(EXPOSE, dockerfile, port)) {
                problems.add("Dockerfile: EXPOSE does not match the port " + port);
            }
            String lastUser = last(USER, dockerfile);
            if (lastUser == null || lastUser.equals("root") || lastUser.startsWith("0")
                    || (model.containsKey("user") && !lastUser.equals(model.get("user"))
                        && !lastUser.startsWith(String.valueOf(model.get("uid"))))) {
                problems.add("Dockerfile: the last USER is '" + lastUser + "', expected the non-root user " + model.get("user"));
            }
            if (!dockerfile.contains("HEALTHCHECK")) {
                problems.add("Dockerfile: no HEALTHCHECK");
            }
        });
        for (String file : List.of("Dockerfile", "docker-compose.dev.yml", ".github/workflows/ci.yml")) {
            tree.text(file).ifPresent(text -> {
                if (model.containsKey("health_path") && !text.contains(healthPath)) {
                    problems.add(file + ": does not use the health path " + healthPath);
                }
                if (model.containsKey("port") && !text.contains(port)) {
                    problems.add(file + ": does not use the port " + port);
                }
            });
        }
    }

    private static boolean matchesAll(Pattern pattern, String text, String expected) {
        Matcher m = pattern.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!m.group(1).equals(expected)) {
                return false;
            }
        }
        return any;
    }

    private static String last(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static Optional<String> text(GeneratedFile file) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.content())).toString());
        } catch (CharacterCodingException binary) {
            return Optional.empty();
        }
    }
}
