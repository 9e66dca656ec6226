package dev.scaffold.generate;

import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.check.Dockerfile;
import dev.scaffold.check.PolicyRules;
import dev.scaffold.error.PolicyException;
import dev.scaffold.project.ProjectTree;
import java.util.List;

/**
 * The org policy applied to a rendered tree before anything is written, so that {@code new} never
 * produces a repository that {@code scaffold check} would fail for SC012: every label the policy
 * requires must be set by the archetype's Dockerfile or by the catalog's {@code org.labels}.
 */
final class PolicyGate {
    private PolicyGate() {
    }

    static void check(ProjectTree tree, OrgSettings org) {
        if (org.requiredLabels().isEmpty()) {
            return;
        }
        tree.text("Dockerfile").ifPresent(text -> {
            List<String> missing = PolicyRules.missingLabels(Dockerfile.parse(text), org.requiredLabels());
            if (!missing.isEmpty()) {
                throw new PolicyException("catalog.json: org.policy.required_labels: the " + org.displayName()
                        + " policy requires " + String.join(", ", missing) + " but neither the archetype's Dockerfile"
                        + " nor org.labels sets it; add a value to org.labels");
            }
        });
    }
}
