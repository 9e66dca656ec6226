package dev.scaffold.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of a fleet (or of one shard of it): every repository sorted by URL, and counts. Its JSON form
 * is what {@code --json} prints, what {@code merge-reports} reads, and what the HTML page embeds; it holds
 * nothing that depends on the machine, the time or the order the workers finished in.
 */
public record FleetReport(List<RepoStatus> repos) {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public FleetReport {
        repos = repos.stream().sorted(Comparator.comparing(RepoStatus::url)).toList();
    }

    /** Counts for the summary line and the page's header. */
    public record Summary(int repos, int ok, int behind, int failing, int errors) {
    }

    public Summary summary() {
        return new Summary(repos.size(), (int) repos.stream().filter(RepoStatus::ok).count(),
                (int) repos.stream().filter(RepoStatus::behind).count(),
                (int) repos.stream().filter(r -> r.error() == null && !r.findings().isEmpty()).count(),
                (int) repos.stream().filter(r -> r.error() != null).count());
    }

    public boolean allOk() {
        return repos.stream().allMatch(RepoStatus::ok);
    }

    /** Several shards' reports as one; a repository in two of them (overlapping lists) is an input error. */
    public static FleetReport merge(List<FleetReport> reports) {
        Map<String, RepoStatus> byUrl = new LinkedHashMap<>();
        for (FleetReport report : reports) {
            for (RepoStatus repo : report.repos()) {
                if (byUrl.putIfAbsent(repo.url(), repo) != null) {
                    throw new InputException("REPORT: " + repo.url() + " is in more than one report; shards must not overlap");
                }
            }
        }
        return new FleetReport(new ArrayList<>(byUrl.values()));
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.set("summary", JSON.valueToTree(summary()));
        root.set("repos", JSON.valueToTree(repos.stream().map(FleetReport::row).toList()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be written as JSON", e);
        }
    }

    /** One repository's JSON object: every field present (null when unknown), plus its one-word state. */
    private static Map<String, Object> row(RepoStatus r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", r.url());
        row.put("state", r.state());
        row.put("branch", r.branch());
        row.put("commit", r.commit());
        row.put("archetype", r.archetype());
        row.put("version", r.version());
        row.put("newest", r.newest());
        row.put("behind", r.behind());
        row.put("findings", r.findings());
        row.put("error", r.error());
        return row;
    }

    /** Reads a report written by {@link #toJson()}; {@code name} names the file in errors. */
    public static FleetReport fromJson(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("format").asInt() != FORMAT || !root.path("repos").isArray()) {
                throw new InputException("REPORT: " + file + ": not a scaffold fleet report (format " + FORMAT + ")");
            }
            List<RepoStatus> repos = new ArrayList<>();
            for (JsonNode node : root.path("repos")) {
                JsonNode error = node.path("error");
                repos.add(new RepoStatus(node.path("url").asText(), text(node, "branch"), text(node, "commit"),
                        text(node, "archetype"), text(node, "version"), text(node, "newest"), node.path("behind").asBoolean(),
                        JSON.convertValue(node.path("findings"), new TypeReference<Map<String, List<String>>>() { })
                                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                        Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new)),
                        error.isObject() ? new RepoStatus.Problem(text(error, "kind"), text(error, "message")) : null));
            }
            return new FleetReport(repos);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("REPORT: " + file + ": not a scaffold fleet report (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
