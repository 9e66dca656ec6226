package dev.scaffold.generate;

import dev.scaffold.answers.AnswersFile;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import dev.scaffold.render.ArchetypeRenderer;
import java.nio.file.Path;

/** Turns a project description into a validated in-memory tree, answers file included. Writes nothing. */
public final class Generator {
    private final ArchetypeRenderer renderer = new ArchetypeRenderer();
    private final TreeValidator validator = new TreeValidator();

    public ProjectTree generate(ProjectDescription description, Path sharedTemplates) {
        ProjectTree tree = renderer.render(description, sharedTemplates);
        tree.add(AnswersFile.PATH, new GeneratedFile(AnswersFile.write(description.scaffoldVersion(),
                description.archetype().id(), description.archetype().version(), description.catalogSource(),
                description.answers()), false));
        validator.validate(tree, description.model());
        return tree;
    }
}
