package dev.scaffold.generate;

import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.nio.charset.StandardCharsets;

/**
 * {@code .github/actionlint.yaml} for a repository whose workflows run on the org's own runner labels
 * (catalog {@code org.ci.runs_on}): actionlint reports any label it does not know as an error unless
 * the repository declares it, so the generated workflows would fail the linter everyone runs on them.
 */
final class ActionlintConfig {
    static final String PATH = ".github/actionlint.yaml";

    private ActionlintConfig() {
    }

    static void add(ProjectTree tree, OrgSettings org) {
        boolean hasWorkflows = tree.files().keySet().stream().anyMatch(p -> p.startsWith(".github/workflows/"));
        if (org.ci().runsOn().isEmpty() || !hasWorkflows || tree.files().containsKey(PATH)) {
            return;
        }
        StringBuilder yaml = new StringBuilder()
                .append("# Runner labels of the ").append(org.displayName())
                .append(" org's CI (its scaffold catalog's org.ci.runs_on), declared so that actionlint knows them.\n")
                .append("self-hosted-runner:\n  labels:\n");
        org.ci().runsOn().forEach(label -> yaml.append("    - ").append(label).append('\n'));
        tree.add(PATH, new GeneratedFile(yaml.toString().getBytes(StandardCharsets.UTF_8), false));
    }
}
