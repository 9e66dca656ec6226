package dev.scaffold.serve;

import dev.scaffold.app.Generated;
import dev.scaffold.git.Author;
import dev.scaffold.project.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * What {@code scaffold new NAME} leaves on disk, as archive entries under {@code NAME/}: the generated files
 * and the repository holding them in one commit on {@code main}, with the CLI's commit message.
 */
final class RepositoryArchive {
    private RepositoryArchive() {
    }

    static List<ArchiveEntry> entries(Generated generated, Author author, PersonIdent when) {
        String base = generated.description().name() + "/";
        List<ArchiveEntry> entries = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> e : generated.tree().files().entrySet()) {
            entries.add(new ArchiveEntry(base + e.getKey(), e.getValue().content(), e.getValue().executable()));
        }
        for (ArchiveEntry git : GitSnapshot.of(generated.tree(), author, generated.initialCommitMessage(), when)) {
            entries.add(new ArchiveEntry(base + git.path(), git.content(), git.executable(), git.compressed()));
        }
        return entries;
    }
}
