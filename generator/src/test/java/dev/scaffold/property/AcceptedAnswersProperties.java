package dev.scaffold.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.catalog.Archetype;
import dev.scaffold.catalog.BuiltinCatalog;
import dev.scaffold.catalog.Catalog;
import dev.scaffold.check.Checker;
import dev.scaffold.cli.ScaffoldCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any combination of answers that scaffold accepts yields a repository that passes {@code scaffold check};
 * a combination it refuses is refused with exit code 2 and writes nothing. Answers are drawn from
 * valid-looking values and from hostile ones (quotes, '$', spaces, huge numbers, reserved names).
 */
class AcceptedAnswersProperties {
    private static final Catalog CATALOG = BuiltinCatalog.load();

    /** One attempt: an archetype and the flags to generate it with. */
    record Attempt(String archetype, List<String> flags) {
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<String> archetype = Arbitraries.of(CATALOG.archetypes().stream().map(Archetype::id).toList());
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(60),
                Arbitraries.of("svc", "orders-api", "class", "fastapi", "http", "a", "x--y", "Name", "9lives", "main"));
        Arbitrary<String> port = Arbitraries.oneOf(Arbitraries.integers().between(-5, 70000).map(String::valueOf),
                Arbitraries.of("80", "8000", "abc", "", "65535"));
        Arbitrary<String> user = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-', '0', '9').ofMinLength(1).ofMaxLength(34),
                Arbitraries.of("root", "nobody", "app", "Svc", "svc user", "_svc"));
        Arbitrary<String> uid = Arbitraries.oneOf(Arbitraries.integers().between(-1, 70000).map(String::valueOf),
                Arbitraries.of("0", "1000", "10001", "65535"));
        Arbitrary<String> health = Arbitraries.oneOf(
                Arbitraries.strings().withChars("/abcz09-_.~'$&; ").ofMinLength(1).ofMaxLength(20).map(s -> "/" + s),
                Arbitraries.of("/health", "/healthz", "/api/v1/health", "health", "/x'y", "/$HOME"));
        Arbitrary<String> image = Arbitraries.of("python:3.12-slim-bookworm", "python:latest", "python", "node:22-bookworm-slim",
                "eclipse-temurin:21-jre-jammy", "golang:1.24-bookworm", "gcr.io/distroless/static-debian12:nonroot",
                "debian:bookworm-slim", "registry.example.com:5000/base/python:3.11-slim",
                "gcr.io/distroless/cc-debian12:nonroot");
        return Combinators.combine(archetype, name, port, user, uid, health, image).as((a, n, p, u, i, h, b) -> {
            List<String> flags = new ArrayList<>(List.of("--name", n, "--port", p, "--user", u, "--uid", i, "--health-path", h));
            if (!b.isEmpty()) {
                flags.addAll(List.of("--base-image", b));
            }
            return new Attempt(a, flags);
        });
    }

    @Property(tries = 150)
    void anAcceptedCombinationPassesCheckAndARefusedOneWritesNothing(@ForAll("attempts") Attempt attempt) throws IOException {
        Path parent = Files.createTempDirectory("scaffold-property");
        try {
            Path repo = parent.resolve("svc");
            List<String> args = new ArrayList<>(List.of("new", repo.toString(), "--defaults", "--no-git", "-a", attempt.archetype()));
            args.addAll(attempt.flags());
            StringWriter err = new StringWriter();
            int exit = ScaffoldCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                    .setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));

            if (exit == 0) {
                assertThat(new Checker().check(repo).findings()).as("%s", attempt).isEmpty();
            } else {
                assertThat(exit).as("%s: %s", attempt, err).isEqualTo(2);
                assertThat(err.toString().lines().count()).as("one line: %s", err).isEqualTo(1);
                assertThat(parent.toFile().list()).as("nothing written").isEmpty();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(parent)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
