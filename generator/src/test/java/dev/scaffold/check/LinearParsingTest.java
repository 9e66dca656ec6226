package dev.scaffold.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Parsers of a checked repository's files must grow linearly with their input: the time of a parse on
 * inputs 10x apart is compared, with a generous factor for noise, instead of a
 * fixed time limit (the best of several runs after warm-up). Quadratic growth shows as a ratio near 100, linear near 10.
 */
class LinearParsingTest {
    /** A ratio above this fails: 10x for linear growth, times 4 for JIT, GC and a shared CPU. */
    private static final double MAX_RATIO = 40;

    /**
     * Up to three measurements: noise on a shared CPU can make one look superlinear, but a quadratic
     * parse (ratio near 100) never passes any of them.
     */
    static void assertLinear(IntFunction<String> input, int smallSize, Consumer<String> parse) {
        String small = input.apply(smallSize);
        String large = input.apply(smallSize * 10);
        for (int i = 0; i < 5; i++) {
            parse.accept(small);
            parse.accept(large);
        }
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt++) {
            System.gc();
            ratio = best(large, parse) / Math.max(best(small, parse), 10_000);
        }
        assertThat(ratio).as("time(10n)/time(n) for n = " + small.length() + " characters").isLessThan(MAX_RATIO);
    }

    /**
     * The best of 9 runs: on a CPU shared with other builds, garbage collection and other processes only
     * ever add time, so the minimum is the steadiest estimate of what the parse itself costs.
     */
    private static double best(String text, Consumer<String> parse) {
        long[] times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            parse.accept(text);
            times[i] = System.nanoTime() - start;
        }
        return Arrays.stream(times).min().orElseThrow();
    }

    private static List<DockerfileRule.Hit> allDockerfileRules(String dockerfile) {
        Dockerfile d = Dockerfile.parse(dockerfile);
        PolicyRules.missingLabels(d, List.of("org.opencontainers.image.source"));
        return List.of();
    }

    @Test
    void anEnvLineFullOfSpacesParsesInLinearTime() {
        assertLinear(n -> "FROM python:3.12-slim\nENV A=1" + " ".repeat(n) + "x\n", 10_000,
                text -> KeyValues.parse(Dockerfile.parse(text).all("ENV").get(0).arguments()));
    }

    @Test
    void aLongQuotedLabelValueParsesInLinearTimeWithoutDeepRecursion() {
        assertLinear(n -> "FROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"" + "a\\\"".repeat(n) + "\" x=" + "y".repeat(n) + "\n",
                10_000, LinearParsingTest::allDockerfileRules);
    }

    @Test
    void aLongTokenWithoutEqualsSignParsesInLinearTime() {
        assertLinear(n -> "FROM python:3.12-slim\nLABEL " + "k".repeat(n) + "\n", 10_000, LinearParsingTest::allDockerfileRules);
    }

    @Test
    void everyDockerfileRuleIsLinearOnTheSpacedEnvLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertLinear(n -> "FROM python:3.12-slim\nENV A=1" + " ".repeat(n) + "x\nUSER app\n", 10_000, text -> {
            try {
                java.nio.file.Files.writeString(dir.resolve("Dockerfile"), text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            new Checker().check(dir);
        });
    }

    @Test
    void keyValuesReadsTheForms() {
        assertThat(KeyValues.parse("A=1 B=\"x y\" C='z w' D").pairs()).containsExactly(
                new KeyValues.Pair("A", "1"), new KeyValues.Pair("B", "x y"), new KeyValues.Pair("C", "z w"),
                new KeyValues.Pair("D", ""));
        assertThat(KeyValues.parse("KEY some value  here").pairs()).containsExactly(new KeyValues.Pair("KEY", "some value  here"));
        assertThat(KeyValues.parse("\"a b\"=\"c \\\" d\"").pairs()).containsExactly(new KeyValues.Pair("a b", "c \\\" d"));
        assertThat(KeyValues.parse("   ").pairs()).isEmpty();
    }
}
