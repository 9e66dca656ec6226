package dev.scaffold.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The archives {@code /api/generate} answers with: zip by default, tar.gz on request. */
enum ArchiveFormat {
    ZIP("application/zip", ".zip"),
    TGZ("application/gzip", ".tar.gz");

    final String contentType;
    final String extension;

    ArchiveFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    void write(List<ArchiveEntry> entries, OutputStream out, long epochSecond) throws IOException {
        if (this == ZIP) {
            ZipWriter.write(entries, out, epochSecond);
        } else {
            TarGzWriter.write(entries, out, epochSecond);
        }
    }

    /** From {@code ?format=} (zip, tgz, tar.gz) or, without it, from the Accept header; null when unknown. */
    static ArchiveFormat choose(String format, String accept) {
        if (format == null || format.isEmpty()) {
            boolean gzip = accept != null && (accept.contains("application/gzip") || accept.contains("application/x-gzip")
                    || accept.contains("application/x-tar"));
            return gzip && !accept.contains("application/zip") ? TGZ : ZIP;
        }
        return switch (format) {
            case "zip" -> ZIP;
            case "tgz", "tar.gz" -> TGZ;
            default -> null;
        };
    }
}
