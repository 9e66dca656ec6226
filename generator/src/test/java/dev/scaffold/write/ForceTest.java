package dev.scaffold.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.InputException;
import dev.scaffold.git.Author;
import dev.scaffold.git.GitCommitter;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --force may and may not do to an existing folder: all-or-nothing, through no link, into no existing repository. */
class ForceTest {
    @TempDir
    Path parent;

    private static ProjectTree tree(String... paths) {
        ProjectTree tree = new ProjectTree();
        for (String path : paths) {
            tree.add(path, new GeneratedFile(("new " + path).getBytes(StandardCharsets.UTF_8), false));
        }
        return tree;
    }

    private Path target() throws IOException {
        Path target = Files.createDirectories(parent.resolve("svc"));
        Files.writeString(target.resolve("mine.txt"), "mine");
        return target;
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p) + (Files.isSymbolicLink(p) ? "@" : "")).sorted().toList();
        }
    }

    @TempDir
    Path cache;

    private void commit(Path dir) {
        new GitCommitter(cache).commitAll(dir, new Author("t", "t@example.com"), "init");
    }

    @Test
    void aSymlinkedFolderInTheTargetIsNotWrittenThrough() throws IOException {
        Path target = target();
        Path elsewhere = Files.createDirectories(parent.resolve("elsewhere"));
        Files.createSymbolicLink(target.resolve("src"), elsewhere);
        List<String> before = listing(parent);

        assertThatThrownBy(() -> new TreeWriter().write(tree("a.txt", "src/app.py"), target, true, d -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("DIR: " + target.resolve("src") + " is a symbolic link; scaffold writes through no link"
                        + " (remove it or choose another folder)");
        assertThat(listing(parent)).isEqualTo(before);
        assertThat(elsewhere.toFile().list()).isEmpty();
    }

    @Test
    void aSymlinkedTargetIsRefused() throws IOException {
        Path real = target();
        Path link = Files.createSymbolicLink(parent.resolve("link"), real);

        assertThatThrownBy(() -> new TreeWriter().write(tree("a.txt"), link, true, d -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("is a symbolic link");
        assertThat(real.toFile().list()).containsExactly("mine.txt");
    }

    @Test
    void aFolderWhereAFileMustGoIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path target = target();
        Files.createDirectories(target.resolve("z.txt"));
        List<String> before = listing(parent);

        assertThatThrownBy(() -> new TreeWriter().write(tree("a.txt", "z.txt"), target, true, d -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("z.txt is a folder");
        assertThat(listing(parent)).isEqualTo(before);
    }

    @Test
    void aFileWhereAFolderMustGoIsRefusedAlsoByTheDryRunCheck() throws IOException {
        Path target = target();
        Files.writeString(target.resolve("src"), "a file");

        assertThatThrownBy(() -> new TreeWriter().check(tree("a.txt", "src/app.py"), target, true))
                .isInstanceOf(InputException.class).hasMessageContaining("src is a file where the project needs a folder");
    }

    @Test
    void aFailureHalfwayThroughTheMergeRestoresTheFolder() throws IOException {
        Path target = target();
        Files.writeString(target.resolve("a.txt"), "old a");
        Files.createDirectories(target.resolve("z"));
        Files.writeString(target.resolve("z/z.txt"), "old z");
        Path stage = Files.createDirectories(parent.resolve("stage"));
        for (String file : List.of("a.txt", "b/c.txt", "z/z.txt")) {
            Files.createDirectories(stage.resolve(file).getParent());
            Files.writeString(stage.resolve(file), "new");
        }
        Path backup = Files.createDirectories(parent.resolve("backup"));
        List<String> before = listing(target);
        int[] moves = {0};

        assertThatThrownBy(() -> Merge.into(stage, target, backup, (from, to) -> {
            if (++moves[0] == 4) {
                throw new java.nio.file.AccessDeniedException(to.toString());
            }
            Files.move(from, to);
        })).hasMessageContaining("the folder is unchanged").hasMessageContaining("z.txt: permission denied");

        assertThat(listing(target)).isEqualTo(before);
        assertThat(target.resolve("a.txt")).hasContent("old a");
        assertThat(target.resolve("z/z.txt")).hasContent("old z");
        assertThat(backup).doesNotExist();
    }

    @Test
    void anExistingRepositoryIsRefusedWhenScaffoldWouldCommit() throws Exception {
        Path target = target();
        try (Git git = Git.init().setDirectory(target.toFile()).setInitialBranch("feature").call()) {
            // the user's own repository, on another branch
        }
        List<String> before = listing(parent);

        assertThatThrownBy(() -> new TreeWriter().write(tree("a.txt"), target, true, this::commit))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("already holds a git repository (.git)").hasMessageContaining("--no-git");
        assertThat(listing(parent)).isEqualTo(before);
    }

    @Test
    void aForcedCommitHoldsOnlyGeneratedFilesAndTheUsersFilesStayUntracked() throws Exception {
        Path target = target();

        new TreeWriter().write(tree("a.txt", "b/c.txt"), target, true, this::commit);

        try (Git git = Git.open(target.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.status().call().getUntracked()).containsExactly("mine.txt");
            assertThat(git.status().call().isClean()).isFalse();
        }
        assertThat(target.resolve("mine.txt")).hasContent("mine");
    }

    @Test
    void hooksFromTheUsersGlobalHooksPathAreNotRun() throws Exception {
        Path hooks = Files.createDirectories(parent.resolve("hooks"));
        Path marker = parent.resolve("hook-ran");
        Path hook = Files.writeString(hooks.resolve("post-commit"), "#!/bin/sh\ntouch '" + marker + "'\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path userConfig = Files.writeString(parent.resolve("gitconfig"), "[core]\n\thooksPath = " + hooks + "\n");
        SystemReader original = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(original) {
            @Override
            public FileBasedConfig openUserConfig(Config parentConfig, FS fs) {
                return new FileBasedConfig(parentConfig, userConfig.toFile(), fs);
            }
        });
        try {
            new TreeWriter().write(tree("a.txt"), parent.resolve("svc"), false, this::commit);
        } finally {
            SystemReader.setInstance(original);
        }

        assertThat(marker).doesNotExist();
        assertThat(parent.resolve("svc/.git/config")).content().doesNotContain("hooksPath");
    }

    @Test
    void aStagingFolderOfAKilledRunIsRemovedByTheNextRun() throws IOException {
        Path stale = Files.createDirectories(parent.resolve(".svc.scaffold-999999999-123"));
        Files.writeString(stale.resolve("half.txt"), "x");
        Path otherTarget = Files.createDirectories(parent.resolve(".other.scaffold-999999999-1"));
        Path backup = Files.createDirectories(parent.resolve(".svc.scaffold-backup-999999999-1"));

        new TreeWriter().write(tree("a.txt"), parent.resolve("svc"), false, d -> { });

        assertThat(stale).doesNotExist();
        assertThat(otherTarget).exists();
        assertThat(backup).exists();
    }
}
