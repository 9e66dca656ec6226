package dev.scaffold.serve;

import dev.scaffold.error.GenerationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes a gzip-compressed POSIX ustar archive to a stream, keeping each file's executable bit. */
final class TarGzWriter {
    private static final int BLOCK = 512;

    private TarGzWriter() {
    }

    static void write(List<ArchiveEntry> entries, OutputStream out, long epochSecond) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
        for (ArchiveEntry entry : entries) {
            gzip.write(header(entry, epochSecond));
            gzip.write(entry.content());
            int pad = (BLOCK - entry.content().length % BLOCK) % BLOCK;
            gzip.write(new byte[pad]);
        }
        gzip.write(new byte[2 * BLOCK]);
        gzip.finish();
    }

    private static byte[] header(ArchiveEntry entry, long epochSecond) {
        byte[] h = new byte[BLOCK];
        byte[] path = entry.path().getBytes(StandardCharsets.UTF_8);
        int split = path.length <= 100 ? -1 : splitPoint(entry.path(), path);
        if (split < 0) {
            System.arraycopy(path, 0, h, 0, path.length);
        } else {
            System.arraycopy(path, split + 1, h, 0, path.length - split - 1);
            System.arraycopy(path, 0, h, 345, split);
        }
        octal(h, 100, 8, entry.executable() ? 0755 : 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, entry.content().length);
        octal(h, 136, 12, epochSecond);
        h[156] = '0';
        System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 8);
        java.util.Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        return h;
    }

    /** Where a long path splits into ustar's prefix (up to 155 bytes) and name (up to 100). */
    private static int splitPoint(String text, byte[] path) {
        for (int i = Math.min(155, path.length - 2); i > 0; i--) {
            if (path[i] == '/' && path.length - i - 1 <= 100) {
                return i;
            }
        }
        throw new GenerationException("path too long for a tar archive: " + text);
    }

    /** An octal number, zero-padded, NUL-terminated, in {@code length} bytes. */
    private static void octal(byte[] h, int at, int length, long value) {
        String digits = String.format("%0" + (length - 1) + "o", value);
        System.arraycopy(digits.getBytes(StandardCharsets.US_ASCII), 0, h, at, length - 1);
    }
}
