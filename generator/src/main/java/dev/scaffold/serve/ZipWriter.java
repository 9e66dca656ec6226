package dev.scaffold.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a zip archive entry by entry to a stream. Written by hand because {@link java.util.zip.ZipOutputStream}
 * cannot record Unix permissions: here every entry is "made by Unix" with its mode in the external
 * attributes, so {@code unzip} restores the executable bit of {@code mvnw} and scripts.
 */
final class ZipWriter {
    private static final int UTF8_NAMES = 0x0800;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private ZipWriter() {
    }

    static void write(List<ArchiveEntry> entries, OutputStream out, long epochSecond) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int[] dos = dosTime(epochSecond);
        long offset = 0;
        for (ArchiveEntry entry : entries) {
            byte[] name = entry.path().getBytes(StandardCharsets.UTF_8);
            int method = entry.compressed() ? STORED : DEFLATED;
            byte[] data = entry.compressed() ? entry.content() : Deflate.bytes(entry.content(), true);
            CRC32 crc = new CRC32();
            crc.update(entry.content());
            ByteBuffer local = le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) UTF8_NAMES)
                    .putShort((short) method).putShort((short) dos[0]).putShort((short) dos[1]).putInt((int) crc.getValue())
                    .putInt(data.length).putInt(entry.content().length).putShort((short) name.length).putShort((short) 0)
                    .put(name);
            out.write(local.array());
            out.write(data);
            int mode = 0100000 | (entry.executable() ? 0755 : 0644);
            central.writeBytes(le(46 + name.length).putInt(0x02014b50).putShort((short) 0x0314).putShort((short) 20)
                    .putShort((short) UTF8_NAMES).putShort((short) method).putShort((short) dos[0]).putShort((short) dos[1])
                    .putInt((int) crc.getValue()).putInt(data.length).putInt(entry.content().length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(mode << 16).putInt((int) offset).put(name).array());
            offset += local.capacity() + data.length;
        }
        out.write(central.toByteArray());
        out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt((int) offset).putShort((short) 0).array());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** MS-DOS time and date fields (two-second resolution, local time as zip has no zone: UTC here). */
    private static int[] dosTime(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.max(epochSecond, 315532800L), 0, ZoneOffset.UTC);
        int time = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        int date = ((t.getYear() - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
        return new int[] {time, date};
    }
}
