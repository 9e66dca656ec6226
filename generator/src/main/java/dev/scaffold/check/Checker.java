package dev.scaffold.check;

import dev.scaffold.catalog.OrgSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the org's container rules over a repository, minus those its config switches off: SC001-SC010 and SC013
 * always, SC011-SC012 with the policy of the org catalog (vacuous without one).
 */
public final class Checker {
    private final List<Rule> rules;

    /** The container rules without an org policy. */
    public Checker() {
        this(OrgSettings.NONE);
    }

    public Checker(OrgSettings policy) {
        rules = Stream.of(DockerfileRules.all().stream(), Stream.of(new DockerignoreRule(), new ConsistencyRule()),
                PolicyRules.all(policy).stream()).flatMap(s -> s).toList();
    }

    /** The outcome: findings in file and line order, and the rules that were switched off with their reasons. */
    public record Report(List<Finding> findings, CheckConfig config, int rulesRun) {
        public boolean passed() {
            return findings.isEmpty();
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public Report check(Path root) {
        return check(new Repo(root));
    }

    /** Checks a repository on disk or in memory (a rendered tree before {@code new} writes it). */
    public Report check(Repo repo) {
        Set<String> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());
        CheckConfig config = CheckConfig.read(repo, ids);
        List<Finding> findings = new ArrayList<>();
        int run = 0;
        for (Rule rule : rules) {
            if (!config.disabled().containsKey(rule.id())) {
                findings.addAll(rule.check(repo));
                run++;
            }
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::ruleId));
        return new Report(List.copyOf(findings), config, run);
    }
}
