package dev.scaffold.cli;

import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Shows a fleet run's progress on standard error: a bar redrawn in place on a terminal, one plain line per
 * repository otherwise (CI logs, pipes), so that a long run is never silent.
 */
final class FleetProgress<T> implements dev.scaffold.fleet.Progress<T> {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final Function<T, String> describe;

    FleetProgress(PrintWriter err, boolean terminal, Function<T, String> describe) {
        this.err = err;
        this.terminal = terminal;
        this.describe = describe;
    }

    @Override
    public void done(int completed, int total, T result) {
        if (!terminal) {
            err.printf("[%d/%d] %s%n", completed, total, describe.apply(result));
            err.flush();
            return;
        }
        int filled = total == 0 ? WIDTH : completed * WIDTH / total;
        String line = String.format("\r[%s%s] %d/%d %s", "#".repeat(filled), ".".repeat(WIDTH - filled), completed, total,
                describe.apply(result));
        err.print(line.length() > 120 ? line.substring(0, 120) : line);
        // Clear what a longer previous line left behind; end the bar's line after the last repository.
        err.print("\u001b[K");
        if (completed == total) {
            err.print("\r\u001b[K");
        }
        err.flush();
    }
}
