package dev.scaffold.generate;

import dev.scaffold.answers.AnswersFile;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import dev.scaffold.render.ArchetypeRenderer;

/** Turns a project description into a validated in-memory tree, answers file included, that meets the org policy. Writes nothing. */
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
        return tree;
    }
}
