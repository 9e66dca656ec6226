package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Fleet progress: a bar redrawn in place on a terminal, one plain line per repository otherwise. */
class FleetProgressTest {
    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        FleetProgress<String> progress = new FleetProgress<>(new PrintWriter(err), true, s -> s);

        progress.done(1, 4, "repo-a: ok");
        progress.done(4, 4, "repo-d: behind");

        assertThat(err.toString()).isEqualTo("\r[#######.......................] 1/4 repo-a: ok\u001b[K"
                + "\r[##############################] 4/4 repo-d: behind\u001b[K\r\u001b[K");
    }

    @Test
    void elsewhereEachRepositoryGetsALine() {
        StringWriter err = new StringWriter();
        FleetProgress<String> progress = new FleetProgress<>(new PrintWriter(err), false, s -> s);

        progress.done(1, 2, "repo-a: ok");
        progress.done(2, 2, "repo-b: error");

        assertThat(err.toString()).isEqualTo("[1/2] repo-a: ok\n[2/2] repo-b: error\n");
    }
}
