package dev.scaffold.bench;

import dev.scaffold.cli.ScaffoldCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Times {@code scaffold new DIR --defaults} inside one warm JVM: a few warm-up runs, then the median of
 * the measured runs. Run by bench/scaffold-new.sh; not a test.
 */
public final class WarmNewBenchmark {
    private WarmNewBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = 10;
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path work = Files.createTempDirectory("scaffold-bench");
        double[] millis = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            Path target = work.resolve("svc" + i);
            long start = System.nanoTime();
            int exit = ScaffoldCommand.commandLine()
                    .setOut(new PrintWriter(new StringWriter()))
                    .execute("new", target.toString(), "--defaults", "--author", "Bench <bench@example.org>");
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException("scaffold new exited " + exit);
            }
            if (i >= warmup) {
                millis[i - warmup] = elapsed / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("warm_new_median_ms=%.1f min_ms=%.1f max_ms=%.1f runs=%d%n",
                millis[runs / 2], millis[0], millis[runs - 1], runs);
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
