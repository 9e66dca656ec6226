package dev.scaffold.check;

import static dev.scaffold.check.DockerfileRule.at;

import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.check.Dockerfile.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The org catalog's policy as rules: SC011 the image that ships is built on an allowed base, SC012 it
 * sets every required label. Without an org policy both hold trivially, so every repository runs
 * the same rule set.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    static List<Rule> all(OrgSettings policy) {
        return List.of(
                new DockerfileRule("SC011", "the runtime stage's base image has a prefix the org catalog allows"
                        + " (org.policy.allowed_base_image_prefixes)", d -> allowedBase(d, policy)),
                new DockerfileRule("SC012", "the runtime stage sets every label the org catalog requires"
                        + " (org.policy.required_labels)", d -> requiredLabels(d, policy)));
    }

    /** The required labels a Dockerfile's runtime stage does not set, in the policy's order. */
    public static List<String> missingLabels(Dockerfile dockerfile, List<String> required) {
        Set<String> set = labels(dockerfile);
        return required.stream().filter(key -> !set.contains(key)).toList();
    }

    private static List<DockerfileRule.Hit> allowedBase(Dockerfile d, OrgSettings policy) {
        if (policy.allowedBaseImagePrefixes().isEmpty()) {
            return List.of();
        }
        return runtimeFrom(d)
                .map(from -> {
                    String image = d.expand(from.arguments().split("\\s+")[0]);
                    return policy.allowsBaseImage(image) ? List.<DockerfileRule.Hit>of()
                            : List.of(at(from.line(), "the runtime base image " + image + " is outside the " + policy.displayName()
                                    + " policy; allowed prefixes: " + String.join(", ", policy.allowedBaseImagePrefixes())));
                })
                .orElse(List.of());
    }

    private static List<DockerfileRule.Hit> requiredLabels(Dockerfile d, OrgSettings policy) {
        int line = runtimeFrom(d).map(Instruction::line).orElse(0);
        List<DockerfileRule.Hit> hits = new ArrayList<>();
        for (String key : missingLabels(d, policy.requiredLabels())) {
            hits.add(at(line, "the runtime stage does not set the label " + key + ", which the " + policy.displayName()
                    + " policy requires"));
        }
        return hits;
    }

    /**
     * The FROM of the image that ships: the last stage's, followed through stage names
     * ({@code FROM base AS runtime} … {@code FROM runtime}) to a real image.
     */
    private static Optional<Instruction> runtimeFrom(Dockerfile d) {
        List<Instruction> froms = d.all("FROM");
        if (froms.isEmpty()) {
            return Optional.empty();
        }
        Instruction from = froms.get(froms.size() - 1);
        for (int hops = 0; hops < froms.size(); hops++) {
            Optional<Instruction> stage = namedStage(froms, from);
            if (stage.isEmpty()) {
                break;
            }
            from = stage.get();
        }
        return Optional.of(from);
    }

    /** The earlier stage a FROM names, if it names one rather than an image. */
    private static Optional<Instruction> namedStage(List<Instruction> froms, Instruction from) {
        String image = from.arguments().split("\\s+")[0];
        return froms.stream().filter(f -> f.line() < from.line() && named(f, image)).reduce((first, second) -> second);
    }

    private static boolean named(Instruction from, String name) {
        String[] tokens = from.arguments().split("\\s+");
        return tokens.length >= 3 && tokens[tokens.length - 2].equalsIgnoreCase("AS")
                && tokens[tokens.length - 1].equalsIgnoreCase(name);
    }

    /** Label keys the runtime stage sets (key=value pairs, or the legacy {@code LABEL key value} form). */
    private static Set<String> labels(Dockerfile d) {
        Set<String> keys = new LinkedHashSet<>();
        for (Instruction label : d.inFinalStage("LABEL")) {
            // One linear pass (KeyValues), also for the legacy form LABEL key value.
            KeyValues.parse(label.arguments()).pairs().forEach(pair -> keys.add(pair.key()));
        }
        return keys;
    }
}
