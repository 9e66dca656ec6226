package dev.scaffold.serve;

/**
 * One regular file of an archive: its path ('/'-separated, relative), its bytes, whether it is executable, and
 * whether its bytes are already compressed (git's loose objects), so that a zip stores rather than deflates them.
 */
record ArchiveEntry(String path, byte[] content, boolean executable, boolean compressed) {

    ArchiveEntry(String path, byte[] content, boolean executable) {
        this(path, content, executable, false);
    }
}
