package dev.scaffold.update;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * What merging a new render into the user's tree does to each file, worked out in memory with JGit's
 * {@link MergeAlgorithm} (the content merge {@code git merge} and JGit's ResolveMerger use), so that a
 * dry run writes nothing. Paths are compared by blob id; only files both sides changed are merged.
 */
public final class MergePreview {

    /** Per-file effect of the merge on the user's tree. */
    public record Effect(List<String> added, List<String> removed, List<String> modified, List<String> conflicts,
            List<String> keptRemoved) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && modified.isEmpty() && conflicts.isEmpty() && keptRemoved.isEmpty();
        }
    }

    private MergePreview() {
    }

    /** {@code keptRemoved}: files the render dropped but the user changed; the caller keeps them in the render. */
    public static Effect of(Map<String, Blob> base, Map<String, Blob> ours, Map<String, Blob> theirs, List<String> keptRemoved,
            ObjectReader reader) throws IOException {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(base.keySet());
        paths.addAll(ours.keySet());
        paths.addAll(theirs.keySet());
        for (String path : paths) {
            Blob b = base.get(path);
            Blob o = ours.get(path);
            Blob t = theirs.get(path);
            if (same(t, b) || same(o, t)) {
                continue; // the render did not change it, or the user already has the new version
            }
            if (same(o, b)) {
                (t == null ? removed : o == null ? added : modified).add(path);
            } else if (o == null || t == null || b == null || !mergesCleanly(b, o, t, reader)) {
                conflicts.add(path);
            } else {
                modified.add(path);
            }
        }
        return new Effect(added, removed, modified, conflicts, List.copyOf(keptRemoved));
    }

    private static boolean same(Blob a, Blob b) {
        return a == null ? b == null : a.sameAs(b);
    }

    private static boolean mergesCleanly(Blob base, Blob ours, Blob theirs, ObjectReader reader) throws IOException {
        if (!base.mode().equals(ours.mode()) && !base.mode().equals(theirs.mode()) && !ours.mode().equals(theirs.mode())) {
            return false;
        }
        byte[][] texts = {bytes(base, reader), bytes(ours, reader), bytes(theirs, reader)};
        for (byte[] text : texts) {
            if (RawText.isBinary(text)) {
                return false;
            }
        }
        return !new MergeAlgorithm().merge(RawTextComparator.DEFAULT, new RawText(texts[0]), new RawText(texts[1]),
                new RawText(texts[2])).containsConflicts();
    }

    private static byte[] bytes(Blob blob, ObjectReader reader) throws IOException {
        return blob.content() != null ? blob.content() : reader.open(blob.id()).getBytes();
    }
}
