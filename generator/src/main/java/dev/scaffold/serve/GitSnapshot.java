package dev.scaffold.serve;

import dev.scaffold.error.GenerationException;
import dev.scaffold.git.Author;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.PackParser;

/**
 * The {@code .git} folder of a freshly committed tree, built in memory: the loose objects JGit's own
 * formatter produces (blobs, trees, one commit on {@code main}), HEAD, config and an index, so that after
 * unpacking {@code git status} is clean and {@code git log} shows the commit. Nothing touches the disk.
 */
final class GitSnapshot {
    private static final String CONFIG = "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n"
            + "\tlogallrefupdates = true\n";

    private GitSnapshot() {
    }

    /** The entries of {@code .git/} (paths relative to the repository) for one commit of {@code tree}. */
    static List<ArchiveEntry> of(ProjectTree tree, Author author, String message, PersonIdent when) {
        try (CapturingInserter objects = new CapturingInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            CheckinFilter checkin = new CheckinFilter(tree);
            for (Map.Entry<String, GeneratedFile> e : tree.files().entrySet()) {
                byte[] content = e.getValue().content();
                DirCacheEntry entry = new DirCacheEntry(e.getKey());
                entry.setFileMode(e.getValue().executable() ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
                entry.setLength(content.length);
                entry.setObjectId(objects.insert(Constants.OBJ_BLOB, checkin.blob(e.getKey(), content)));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(objects));
            PersonIdent ident = new PersonIdent(author.name(), author.email(), when.getWhenAsInstant(), when.getZoneId());
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(message);
            ObjectId head = objects.insert(commit);

            List<ArchiveEntry> entries = new ArrayList<>();
            entries.add(text(".git/HEAD", "ref: refs/heads/main\n"));
            entries.add(text(".git/config", CONFIG));
            entries.add(text(".git/refs/heads/main", head.name() + "\n"));
            entries.add(new ArchiveEntry(".git/index", indexFile(index), false));
            objects.loose.forEach((id, bytes) -> entries.add(new ArchiveEntry(
                    ".git/objects/" + id.name().substring(0, 2) + "/" + id.name().substring(2), bytes, false, true)));
            return entries;
        } catch (IOException e) {
            throw new GenerationException("building the archive's git objects failed: " + e.getMessage(), e);
        }
    }

    private static ArchiveEntry text(String path, String content) {
        return new ArchiveEntry(path, content.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * A version 2 index (the format git documents in gitformat-index). Stat fields are zero: git sees they
     * differ from the unpacked files, compares the contents instead and finds them equal, so the tree is clean.
     */
    private static byte[] indexFile(DirCache index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("DIRC".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(8).putInt(2).putInt(index.getEntryCount()).array());
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            byte[] name = entry.getPathString().getBytes(StandardCharsets.UTF_8);
            int length = 62 + name.length;
            ByteBuffer buffer = ByteBuffer.allocate((length + 8) & ~7);
            buffer.position(24);
            buffer.putInt(entry.getRawMode()).putInt(0).putInt(0).putInt(entry.getLength());
            entry.getObjectId().copyRawTo(buffer.array(), 40);
            buffer.position(60);
            buffer.putShort((short) Math.min(name.length, 0xFFF)).put(name);
            out.writeBytes(buffer.array());
        }
        try {
            out.writeBytes(MessageDigest.getInstance("SHA-1").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** An inserter that keeps every object as a zlib-compressed loose object, keyed by its id. */
    private static final class CapturingInserter extends ObjectInserter {
        final Map<ObjectId, byte[]> loose = new LinkedHashMap<>();

        @Override
        public ObjectId insert(int type, long length, InputStream in) throws IOException {
            byte[] data = in.readNBytes((int) length);
            ObjectId id = idFor(type, data);
            loose.computeIfAbsent(id, k -> deflate(type, data));
            return id;
        }

        private static byte[] deflate(int type, byte[] data) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(data.length + 32);
            raw.writeBytes(Constants.encodedTypeString(type));
            raw.write(' ');
            raw.writeBytes(Constants.encodeASCII(data.length));
            raw.write(0);
            raw.writeBytes(data);
            return Deflate.bytes(raw.toByteArray(), false);
        }

        @Override
        public PackParser newPackParser(InputStream in) {
            throw new UnsupportedOperationException("packs are not written");
        }

        @Override
        public ObjectReader newReader() {
            throw new UnsupportedOperationException("objects are only written");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
