package dev.scaffold.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile as a list of instructions (continuation lines joined, comments and parser directives
 * dropped), each with its first line number and the build stage it belongs to.
 */
public record Dockerfile(List<Instruction> instructions, Map<String, String> globalArgs) {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)(?::?-([^}]*))?}?");

    /** One instruction: keyword upper-cased, arguments as written, the 1-based line it starts on, its stage index. */
    public record Instruction(String keyword, String arguments, int line, int stage) {
    }

    public static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        Map<String, String> globalArgs = new HashMap<>();
        String[] lines = text.split("\n", -1);
        int stage = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int start = i + 1;
            StringBuilder logical = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i].strip();
                while (line.startsWith("#") && i + 1 < lines.length) {
                    line = lines[++i].strip();
                }
            }
            logical.append(line);
            String[] parts = logical.toString().strip().split("\\s+", 2);
            String keyword = parts[0].toUpperCase(Locale.ROOT);
            String arguments = parts.length > 1 ? parts[1].strip() : "";
            if (keyword.equals("FROM")) {
                stage++;
            } else if (keyword.equals("ARG") && stage < 0) {
                String[] kv = arguments.split("=", 2);
                globalArgs.put(kv[0].strip(), kv.length > 1 ? kv[1].strip().replaceAll("^[\"']|[\"']$", "") : "");
            }
            instructions.add(new Instruction(keyword, arguments, start, stage));
        }
        return new Dockerfile(List.copyOf(instructions), Map.copyOf(globalArgs));
    }

    public List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    public int stageCount() {
        return all("FROM").size();
    }

    /** The last stage's instructions of a kind (the image that ships). */
    public List<Instruction> inFinalStage(String keyword) {
        int last = stageCount() - 1;
        return all(keyword).stream().filter(i -> i.stage() == last).toList();
    }

    /** {@code ${VAR}} / {@code ${VAR:-default}} expanded with the global ARG defaults. */
    public String expand(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = globalArgs.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** Names given to stages with {@code FROM image AS name}, lower-cased. */
    public List<String> stageNames() {
        return all("FROM").stream()
                .map(i -> i.arguments().split("\\s+"))
                .filter(t -> t.length >= 3 && t[t.length - 2].equalsIgnoreCase("AS"))
                .map(t -> t[t.length - 1].toLowerCase(Locale.ROOT))
                .toList();
    }
}
