package dev.scaffold.serve;

/** One regular file of an archive: its path ('/'-separated, relative), its bytes and whether it is executable. */
record ArchiveEntry(String path, byte[] content, boolean executable) {
}
