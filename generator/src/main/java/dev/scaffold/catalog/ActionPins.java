package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The GitHub Actions (each pinned to a full commit SHA) and the checksum-verified JBang download that
 * generated workflows use, from {@code templates/actions.json} of the catalogs. One data file, so a
 * bump lands in every archetype, and an org catalog overrides single entries (a mirror, another release).
 */
public record ActionPins(Map<String, Pin> actions, JBang jbang) {
    public static final String FILE = "actions.json";
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9._/-]+");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    /** One action: what {@code uses:} names (the action itself or an org's mirror), its commit and release. */
    public record Pin(String uses, String sha, String version) {
        /** {@code owner/name@<sha> # v1.2.3}: the version comment is what Dependabot and readers go by. */
        public String reference() {
            return uses + "@" + sha + " # " + version;
        }
    }

    /** The JBang release zip the check job downloads and verifies. */
    public record JBang(String version, String url, String sha256) {
    }

    public ActionPins {
        actions = java.util.Collections.unmodifiableMap(new TreeMap<>(actions));
    }

    /** The pins of the first folder (of {@code templateFolders}, highest precedence first) that sets each entry. */
    public static ActionPins load(List<Path> templateFolders) {
        Map<String, Pin> actions = new LinkedHashMap<>();
        JBang jbang = null;
        for (Path folder : templateFolders) {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            ActionPins layer = read(file, "templates/" + FILE);
            layer.actions.forEach(actions::putIfAbsent);
            jbang = jbang != null ? jbang : layer.jbang;
        }
        return new ActionPins(actions, jbang);
    }

    static ActionPins read(Path file, String where) {
        JsonNode root = JsonFiles.read(file, where);
        StrictKeys.check(root, Set.of("actions", "jbang"), where);
        Map<String, Pin> actions = new LinkedHashMap<>();
        JsonNode list = root.path("actions");
        if (!list.isMissingNode() && !list.isObject()) {
            throw new InputException(where + ": field 'actions' must map action names to {sha, version}");
        }
        list.fields().forEachRemaining(e -> {
            String at = where + ": actions." + e.getKey();
            require(ACTION, e.getKey(), at, "an action name such as actions/checkout");
            StrictKeys.check(e.getValue(), Set.of("uses", "sha", "version"), at);
            String uses = JsonFiles.optionalText(e.getValue(), "uses", at);
            String sha = JsonFiles.requiredText(e.getValue(), "sha", at);
            String version = JsonFiles.requiredText(e.getValue(), "version", at);
            require(SHA, sha, at + ".sha", "a full 40-character lower-case commit SHA");
            require(VERSION, version, at + ".version", "a release name such as v4.2.2");
            if (uses != null) {
                require(ACTION, uses, at + ".uses", "an action name such as acme/checkout");
            }
            actions.put(e.getKey(), new Pin(uses == null ? e.getKey() : uses, sha, version));
        });
        JBang jbang = null;
        JsonNode node = root.get("jbang");
        if (node != null) {
            String at = where + ": jbang";
            StrictKeys.check(node, Set.of("version", "url", "sha256"), at);
            String version = JsonFiles.requiredText(node, "version", at);
            String url = JsonFiles.requiredText(node, "url", at);
            String sha256 = JsonFiles.requiredText(node, "sha256", at);
            require(VERSION, version, at + ".version", "a release such as 0.138.0");
            require(Pattern.compile("https://[A-Za-z0-9._~:/?#@!&+,;=%-]+"), url, at + ".url", "an https URL without quotes or spaces");
            require(SHA256, sha256, at + ".sha256", "64 lower-case hex digits");
            jbang = new JBang(version, url, sha256);
        }
        return new ActionPins(actions, jbang);
    }

    private static void require(Pattern pattern, String value, String at, String rule) {
        if (!pattern.matcher(value).matches()) {
            throw new InputException(at + ": must be " + rule + " (got '" + value + "')");
        }
    }

    /** What templates see: {@code actions["owner/name"]} is the full {@code uses:} value, {@code jbang} the download. */
    public Map<String, Object> model() {
        Map<String, Object> refs = new TreeMap<>();
        actions.forEach((name, pin) -> refs.put(name, pin.reference()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("actions", refs);
        if (jbang != null) {
            model.put("jbang", Map.of("version", jbang.version(), "url", jbang.url(), "sha256", jbang.sha256()));
        }
        return model;
    }
}
