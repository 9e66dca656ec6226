package dev.scaffold.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.cli.ScaffoldCommand;
import dev.scaffold.hostile.HostileCatalog;
import dev.scaffold.write.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random catalog trees (odd names, sizes, templates that misbehave, links into and out of the catalog)
 * and targets (existing files, links), generated with and without --force: scaffold never writes
 * outside the target, never reads a file outside the catalog into the output, and never ends in an
 * internal error, only exit 0, 1 or 2.
 */
class HostileCatalogProperties {
    private static final String SECRET = "SECRET-OUTSIDE-THE-CATALOG";

    enum Kind { FILE, TEMPLATE, LINK_OUT_FILE, LINK_OUT_FOLDER, LINK_IN, FOLDER }

    record Entry(List<String> segments, Kind kind, int size, String template) {
    }

    record Attempt(List<Entry> entries, boolean force, List<String> targetEntries, boolean linkInTarget) {
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("a", "src", "dot-env", "[=name]", "a b", "ü", "-", "#x", ".hidden", "x.ftl", "README.md.ftl",
                        "CON", "very-" + "long".repeat(30), "=", "[=name?upper_case]", "src.txt"),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', '-', '_', '[', ']', '=').ofMinLength(1).ofMaxLength(12)
                        .filter(s -> !s.equals(".") && !s.equals("..")));
        Arbitrary<String> template = Arbitraries.of("[=name]\n", "<#list 1..3 as i>[=i]</#list>", "<#if>", "[=missing]",
                "<#include \"../../../outside/secret.txt\">", "<#include \"/outside/secret.txt\">", "<#import \"/macros/none.ftl\" as m>",
                "${HOME} <@x> [#if]", "<#list 1.. as i>[=i]xxxxxxxxxxxxxxxx</#list>", "[=\"x\"?left_pad(3000000)]",
                "<#macro r><@r/></#macro><@r/>");
        Arbitrary<Entry> entry = Combinators.combine(segment.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 300_000), template).as(Entry::new);
        return Combinators.combine(entry.list().ofMaxSize(6), Arbitraries.of(true, false),
                segment.list().ofMaxSize(3), Arbitraries.of(true, false)).as(Attempt::new);
    }

    @Property(tries = 60)
    void aHostileCatalogNeverWritesOutsideTheTargetNorEndsInAnInternalError(@ForAll("attempts") Attempt attempt) throws IOException {
        Path root = Files.createTempDirectory("scaffold-hostile");
        try {
            Path outside = Files.createDirectories(root.resolve("outside"));
            Files.writeString(outside.resolve("secret.txt"), SECRET);
            HostileCatalog catalog = new HostileCatalog(root.resolve("catalog"),
                    "\"limits\": {\"render_seconds\": 2, \"file_megabytes\": 1, \"repo_megabytes\": 2},");
            for (Entry e : attempt.entries()) {
                build(catalog, outside, e);
            }
            Path work = Files.createDirectories(root.resolve("work"));
            Path target = work.resolve("svc");
            for (String name : attempt.targetEntries()) {
                Files.createDirectories(target);
                Path p = target.resolve(name);
                if (!Files.exists(p)) {
                    Files.writeString(p, "user's own");
                }
            }
            if (attempt.linkInTarget()) {
                Files.createDirectories(target);
                if (!Files.exists(target.resolve("src"))) {
                    Files.createSymbolicLink(target.resolve("src"), outside);
                }
            }
            Map<String, String> outsideBefore = snapshot(outside);
            Map<String, String> targetBefore = snapshot(target);

            List<String> args = new ArrayList<>(List.of("new", target.toString(), "--defaults", "--catalog", catalog.spec(), "-a", "evil"));
            if (attempt.force()) {
                args.add("--force");
            }
            StringWriter err = new StringWriter();
            int exit = ScaffoldCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                    .setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));

            assertThat(exit).as("%s\n%s", attempt, err).isIn(0, 1, 2);
            assertThat(err.toString()).as("%s", attempt).doesNotContain("internal error").doesNotContain(SECRET);
            assertThat(snapshot(outside)).as("%s", attempt).isEqualTo(outsideBefore);
            try (Stream<Path> names = Files.list(work)) {
                assertThat(names.map(p -> p.getFileName().toString()).toList()).as("%s", attempt)
                        .isSubsetOf(targetBefore.isEmpty() && exit != 0 ? List.of() : List.of("svc"));
            }
            if (exit != 0) {
                assertThat(snapshot(target)).as("%s: nothing written on failure", attempt).isEqualTo(targetBefore);
            } else {
                assertThat(snapshot(target).values()).as("%s", attempt).noneMatch(text -> text.contains(SECRET));
            }
        } finally {
            Folders.deleteQuietly(root);
        }
    }

    private static void build(HostileCatalog catalog, Path outside, Entry e) throws IOException {
        Path path = catalog.files;
        for (String s : e.segments()) {
            path = path.resolve(s);
        }
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !isFolderOrAbsent(path.getParent())) {
            return;
        }
        Files.createDirectories(path.getParent());
        switch (e.kind()) {
            case FILE -> Files.write(path, new byte[e.size()]);
            case TEMPLATE -> Files.writeString(path.resolveSibling(path.getFileName() + ".ftl"), e.template(), StandardCharsets.UTF_8);
            case LINK_OUT_FILE -> Files.createSymbolicLink(path, outside.resolve("secret.txt"));
            case LINK_OUT_FOLDER -> Files.createSymbolicLink(path, outside);
            case LINK_IN -> Files.createSymbolicLink(path, catalog.files.resolve("README.md.ftl"));
            case FOLDER -> Files.createDirectories(path);
        }
    }

    private static boolean isFolderOrAbsent(Path p) {
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isSymbolicLink(q) || (Files.exists(q) && !Files.isDirectory(q))) {
                return false;
            }
        }
        return true;
    }

    /** Every path under {@code root} (links not followed) with its content, or its link target. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    files.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    files.put(key, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                } else {
                    files.put(key, "/");
                }
            }
        }
        return files;
    }
}
