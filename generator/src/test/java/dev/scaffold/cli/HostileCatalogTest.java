package dev.scaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaffold.hostile.HostileCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog is someone else's code: it cannot read a file outside itself, cannot run for ever or fill
 * memory, and every such attempt ends in one line naming the archetype and file, with nothing written.
 */
class HostileCatalogTest {
    @TempDir
    Path tmp;

    private CliRun generate(HostileCatalog catalog) {
        return CliRun.run("new", tmp.resolve("out/svc").toString(), "--defaults", "--catalog", catalog.spec(), "-a", "evil");
    }

    private void assertFailed(CliRun run, int exit, String... message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private Path secret() throws IOException {
        return Files.writeString(tmp.resolve("id_rsa"), "PRIVATE-KEY-BYTES\n");
    }

    @Test
    void aLinkInFilesToAFileOutsideTheCatalogIsRefusedByName() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        Files.createSymbolicLink(catalog.files.resolve("key.txt"), secret());

        assertFailed(generate(catalog), 2, "evil/files/key.txt: is a symbolic link");
    }

    @Test
    void aLinkedTemplateFolderIsRefusedToo() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/steal.ftl"), "[=name]");
        Files.createSymbolicLink(catalog.files.resolve("docs"), tmp.resolve("elsewhere"));

        assertFailed(generate(catalog), 2, "evil/files/docs: is a symbolic link");
    }

    @Test
    void aLinkedArchetypeFolderIsRefused() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        Files.move(catalog.root.resolve("evil"), tmp.resolve("real-evil"));
        Files.createSymbolicLink(catalog.root.resolve("evil"), tmp.resolve("real-evil"));

        assertFailed(generate(catalog), 2, "path 'evil'", "evil is a symbolic link");
    }

    @Test
    void anIncludeCannotReachAFileOutsideTheCatalog() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        secret();
        catalog.write("evil/files/README.md.ftl", "<#include \"../../../id_rsa\">\n<#include \"" + tmp.resolve("id_rsa") + "\">");

        CliRun run = generate(catalog);

        assertFailed(run, 1, "evil/files/README.md.ftl");
        assertThat(run.err()).doesNotContain("PRIVATE-KEY-BYTES");
    }

    @Test
    void anEndlessListThatWritesIsStoppedByTheFileBudget() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"), "\"limits\": {\"file_megabytes\": 1},");
        catalog.write("evil/files/README.md.ftl", "<#list 1.. as i>[=i] spam spam spam\n</#list>");

        assertFailed(generate(catalog), 1, "evil/files/README.md.ftl: output over the limit of 1048576 bytes");
    }

    @Test
    void anEndlessListThatWritesNothingIsStoppedByTheTimeBudget() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"), "\"limits\": {\"render_seconds\": 1},");
        catalog.write("evil/files/README.md.ftl", "<#assign n = 0><#list 1.. as i><#assign n = n + 1></#list>");

        assertFailed(generate(catalog), 1, "evil/files/README.md.ftl: rendering took longer than the budget of 1 s");
    }

    @Test
    void anEndlessLoopInAnImportedMacroIsStoppedByTheTimeBudget() throws IOException, InterruptedException {
        // Templates are parsed when first used; an imported one must carry the interruption checks too.
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"), "\"limits\": {\"render_seconds\": 1},");
        catalog.write("templates/macros/spin.ftl", "<#macro spin><#assign n = 0><#list 1.. as i><#assign n = n + 1></#list></#macro>");
        catalog.write("evil/files/README.md.ftl", "<#import \"/macros/spin.ftl\" as s><@s.spin/>");

        assertFailed(generate(catalog), 1, "evil/files/README.md.ftl: rendering took longer than the budget of 1 s");
        // Without the checks the message comes all the same, but the render thread spins on for ever.
        assertThat(renderThreadEnds()).as("the render thread stopped when interrupted").isTrue();
    }

    private static boolean renderThreadEnds() throws InterruptedException {
        for (int poll = 0; poll < 100; poll++) { // up to 5 s
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("scaffold-render") && t.isAlive())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void anImportedSharedTemplateThatIsALinkIsRefusedByName() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        Files.createDirectories(catalog.root.resolve("templates/macros"));
        Files.createSymbolicLink(catalog.root.resolve("templates/macros/steal.ftl"), secret());
        catalog.write("evil/files/README.md.ftl", "<#include \"/macros/steal.ftl\">");

        CliRun run = generate(catalog);

        assertFailed(run, 2, "templates/macros/steal.ftl: steal.ftl is a symbolic link");
        assertThat(run.err()).doesNotContain("PRIVATE-KEY-BYTES");
    }

    @Test
    void endlessRecursionIsOneLine() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        catalog.write("evil/files/README.md.ftl", "<#macro r n><@r n + 1/></#macro><@r 0/>");

        assertFailed(generate(catalog), 1, "evil/files/README.md.ftl: ");
    }

    @Test
    void aFileInFilesOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"), "\"limits\": {\"file_megabytes\": 1},");
        catalog.write("evil/files/big.bin", "x".repeat(1024 * 1024 + 1));

        assertFailed(generate(catalog), 1, "evil/files/big.bin: 1048577 bytes, over the limit of 1048576 bytes per file");
    }

    @Test
    void theRepositoryBudgetCountsEveryFile() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"), "\"limits\": {\"repo_megabytes\": 1},");
        catalog.write("evil/files/a.bin", "x".repeat(600 * 1024));
        catalog.write("evil/files/b.bin", "x".repeat(600 * 1024));

        assertFailed(generate(catalog), 1, "evil/files/b.bin: ");
    }

    @Test
    void aCatalogCannotRaiseItsLimitsPastTheHardOnes() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"), "\"limits\": {\"render_seconds\": 100000},");

        assertFailed(generate(catalog), 2, "catalog.json: limits.render_seconds must be an integer from 1 to 120");
    }

    @Test
    void aFileNameThatIsNotUtf8IsAnInputError() throws IOException {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        Path odd;
        try {
            odd = catalog.files.resolve(new String(new byte[] {'a', (byte) 0xff, 'b'}, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (java.nio.file.InvalidPathException e) {
            return; // The test JVM's file-name encoding cannot even express it; nothing to check.
        }
        // Create through the shell's bytes, since Java maps the name through the platform encoding.
        try {
            new ProcessBuilder("sh", "-c", "touch \"$1/$(printf 'a\\377b')\"", "sh", catalog.files.toString())
                    .inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> list = Files.list(catalog.files)) {
            assertThat(list.count()).as(odd.toString()).isEqualTo(2);
        }

        assertFailed(generate(catalog), 2, "file name is not valid UTF-8");
    }

    @Test
    void aDryRunRefusesAFolderWhereAFileWouldGoAsARealRunDoes() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("svc/README.md"));

        CliRun run = CliRun.run("new", tmp.resolve("svc").toString(), "--defaults", "--force", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scaffold: DIR: " + target + " is a folder (or not a regular file) where the project"
                + " needs the file README.md\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLinkCommittedToAGitCatalogIsRefusedToo() throws Exception {
        HostileCatalog catalog = new HostileCatalog(tmp.resolve("catalog"));
        Files.createSymbolicLink(catalog.files.resolve("key.txt"), secret());
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(catalog.root.toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("evil").setSign(false).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
        }

        CliRun run = CliRun.withEnv(java.util.Map.of("XDG_CONFIG_HOME", tmp.resolve("no-config").toString(),
                "XDG_CACHE_HOME", tmp.resolve("cache").toString()),
                "new", tmp.resolve("out/svc").toString(), "--defaults", "--catalog", catalog.root.toUri().toString(), "-a", "evil");

        assertFailed(run, 2, "evil/files/key.txt: is a symbolic link");
        assertThat(run.err()).doesNotContain("PRIVATE-KEY-BYTES");
    }
}
