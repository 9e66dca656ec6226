package dev.scaffold.app;

import dev.scaffold.catalog.Catalog;
import dev.scaffold.project.ProjectDescription;
import dev.scaffold.project.ProjectTree;
import dev.scaffold.update.TemplateHistory;

/** A validated project held in memory: its description, the catalog it came from, and the tree to write. */
public record Generated(ProjectDescription description, Catalog catalog, ProjectTree tree) {

    /** The message of the commit that holds this tree as first rendered. */
    public String initialCommitMessage() {
        return "Initial commit from scaffold " + description.scaffoldVersion() + " (" + description.archetype().id()
                + " " + description.archetype().version() + ")"
                + TemplateHistory.trailer(description.archetype().id(), description.archetype().version());
    }
}
