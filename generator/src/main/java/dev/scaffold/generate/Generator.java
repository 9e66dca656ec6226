package dev.scaffold.generate;

import dev.scaffold.answers.AnswersFile;
import dev.scaffold.check.Checker;
import dev.scaffold.check.Finding;
import dev.scaffold.check.Repo;
import dev.scaffold.error.GenerationException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import dev.scaffold.render.ArchetypeRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a project description into a validated in-memory tree, answers file included, that meets the
 * org policy and passes the same {@link Checker} that {@code scaffold check} runs (so an org archetype
 * gets the same guarantee as the built-in ones). Writes nothing.
 */
public final class Generator {
    private final ArchetypeRenderer renderer = new ArchetypeRenderer();
    private final TreeValidator validator = new TreeValidator();

    public ProjectTree generate(ProjectDescription description) {
        ProjectTree tree = renderer.render(description);
        ActionlintConfig.add(tree, description.org());
        tree.add(AnswersFile.PATH, new GeneratedFile(AnswersFile.write(description.scaffoldVersion(),
                description.archetype(), description.catalogs(), description.answers()), false));
        validator.validate(tree, description.model());
        PolicyGate.check(tree, description.org());
        check(tree, description);
        return tree;
    }

    /** The repository rules over the tree; a finding is the archetype's fault (exit 1), never the user's. */
    private static void check(ProjectTree tree, ProjectDescription description) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        tree.files().forEach((path, file) -> files.put(path, file.content()));
        Checker.Report report = new Checker(description.org()).check(Repo.inMemory(files));
        if (!report.passed()) {
            throw new GenerationException("archetype " + description.archetype().id() + " rendered a repository that"
                    + " scaffold check fails:\n  - " + report.findings().stream().map(Finding::toString)
                    .collect(Collectors.joining("\n  - ")));
        }
    }
}
