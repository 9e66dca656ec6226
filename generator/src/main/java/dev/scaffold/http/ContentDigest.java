package dev.scaffold.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a catalog's files in the order they are served: each file's path, then its length,
 * then its bytes, so that moving bytes from one file to the next, or renaming a file, changes it.
 */
public final class ContentDigest {
    /** How a digest is written, and how a catalog.json URL is pinned to it: {@code https://…/catalog.json#sha256:<64 hex>}. */
    public static final String PREFIX = "sha256:";

    private final MessageDigest sha256;

    ContentDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void add(String path, byte[] content) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
        sha256.update(name);
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
        sha256.update(content);
    }

    /** {@code sha256:} and 64 lower-case hex digits. */
    String value() {
        return PREFIX + HexFormat.of().formatHex(sha256.digest());
    }
}
