package dev.scaffold.render;

import dev.scaffold.error.GenerationException;
import java.io.Writer;

/**
 * Where a template writes its output: a buffer that refuses to grow past the per-file limit or the
 * repository's remaining budget. Freemarker writes as it goes, so an endless {@code <#list>} that
 * produces output is stopped here long before memory runs out.
 */
final class BoundedWriter extends Writer {
    private final StringBuilder buffer = new StringBuilder();
    private final long maxChars;
    private final String where;

    BoundedWriter(long maxChars, String where) {
        this.maxChars = maxChars;
        this.where = where;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        reserve(length);
        buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        reserve(length);
        buffer.append(text, offset, offset + length);
    }

    private void reserve(int length) {
        if ((long) buffer.length() + length > maxChars) {
            throw new GenerationException(where + ": output over the limit of " + maxChars
                    + " bytes (catalog.json limits.file_megabytes / repo_megabytes)");
        }
    }

    @Override
    public void flush() {
        // Nothing to flush: the output stays in memory until the whole tree is validated.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return buffer.toString();
    }
}
