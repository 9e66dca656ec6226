package dev.scaffold.serve;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Deflates a byte array in one go: zlib-wrapped for git's loose objects, raw for zip entries. At the fastest level:
 * an archive is built per request, where deflate time is latency, and the level changes neither an object id nor
 * what unpacks.
 */
final class Deflate {
    private Deflate() {
    }

    static byte[] bytes(byte[] data, boolean raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, raw);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
