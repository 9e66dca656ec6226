package dev.scaffold.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** NIO exceptions often carry only the path as their message; the reason must be said too. */
class ReasonsTest {
    @Test
    void aPermissionErrorNamesThePathAndTheReason() {
        assertThat(Reasons.of(new AccessDeniedException("/srv/out"))).isEqualTo("/srv/out: permission denied");
        assertThat(Reasons.of(new NoSuchFileException("/srv/x"))).isEqualTo("/srv/x: no such file or folder");
    }

    @Test
    void theOperatingSystemsReasonWinsWhenThereIsOne() {
        assertThat(Reasons.of(new FileSystemException("/srv/out", null, "Read-only file system")))
                .isEqualTo("/srv/out: Read-only file system");
    }
}
