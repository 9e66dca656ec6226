package dev.scaffold.update;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One file of a tree as git sees it: its blob id and mode, and its bytes when they are not (yet) in the
 * repository's object database (a new render); null content means "read it from the repository".
 */
public record Blob(ObjectId id, FileMode mode, byte[] content) {

    /** The same file content and mode (ids say it all; modes matter for the executable bit). */
    public boolean sameAs(Blob other) {
        return other != null && id.equals(other.id) && mode.equals(other.mode);
    }
}
