package dev.scaffold.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@code fleet update} did, repository by repository (sorted by URL), with counts per outcome. */
public record UpdateReport(List<UpdateRow> repos) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public UpdateReport {
        repos = repos.stream().sorted(Comparator.comparing(UpdateRow::url)).toList();
    }

    public Map<UpdateRow.Outcome, Integer> counts() {
        Map<UpdateRow.Outcome, Integer> counts = new EnumMap<>(UpdateRow.Outcome.class);
        for (UpdateRow.Outcome outcome : UpdateRow.Outcome.values()) {
            counts.put(outcome, (int) repos.stream().filter(r -> r.outcome() == outcome).count());
        }
        return counts;
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        counts().forEach((outcome, n) -> summary.put(outcome.word(), n));
        root.set("repos", JSON.valueToTree(repos.stream().map(r -> {
            ObjectNode row = JSON.createObjectNode();
            row.put("url", r.url());
            row.put("outcome", r.outcome().word());
            row.put("branch", r.branch());
            row.put("base", r.base());
            row.put("archetype", r.archetype());
            row.put("from", r.from());
            row.put("to", r.to());
            row.set("conflicts", JSON.valueToTree(r.conflicts()));
            row.put("pushed", r.pushed());
            row.put("detail", r.detail());
            row.set("pull_request", r.pullRequest() == null ? null : JSON.valueToTree(r.pullRequest()));
            return row;
        }).toList()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the update report cannot be written as JSON", e);
        }
    }
}
