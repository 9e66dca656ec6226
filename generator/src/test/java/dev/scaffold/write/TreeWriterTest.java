package dev.scaffold.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.GenerationException;
import dev.scaffold.error.InputException;
import dev.scaffold.project.GeneratedFile;
import dev.scaffold.project.ProjectTree;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWriterTest {
    @TempDir
    Path parent;

    private static ProjectTree tree() {
        ProjectTree tree = new ProjectTree();
        tree.add("a.txt", new GeneratedFile("a".getBytes(StandardCharsets.UTF_8), false));
        tree.add("bin/run", new GeneratedFile("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), true));
        return tree;
    }

    private String[] parentListing() {
        return parent.toFile().list();
    }

    @Test
    void writesEveryFileAndTheExecutableBitAndLeavesNoStagingFolder() throws IOException {
        Path target = parent.resolve("svc");
        new TreeWriter().write(tree(), target, false, staged -> { });

        assertThat(target.resolve("a.txt")).hasContent("a");
        assertThat(Files.isExecutable(target.resolve("bin/run"))).isTrue();
        assertThat(Files.isExecutable(target.resolve("a.txt"))).isFalse();
        assertThat(parentListing()).containsExactly("svc");
    }

    @Test
    void finishRunsOnTheStagedFolderBeforeTheMove() {
        Path target = parent.resolve("svc");
        new TreeWriter().write(tree(), target, false, staged -> {
            assertThat(staged.getFileName().toString()).startsWith(".svc.scaffold-");
            assertThat(target).doesNotExist();
        });
        assertThat(target).isDirectory();
    }

    @Test
    void aFailureWhileFinishingLeavesNothingBehind() {
        Path target = parent.resolve("deep/er/svc");

        assertThatThrownBy(() -> new TreeWriter().write(tree(), target, false, staged -> {
            throw new GenerationException("git failed");
        })).hasMessage("git failed");
        assertThat(parentListing()).isEmpty();
    }

    @Test
    void refusesANonEmptyFolderWithoutForceAndTouchesNothing() throws IOException {
        Path target = Files.createDirectories(parent.resolve("svc"));
        Files.writeString(target.resolve("mine.txt"), "mine");

        assertThatThrownBy(() -> new TreeWriter().write(tree(), target, false, staged -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("exists and is not empty; pass --force");
        assertThat(target.toFile().list()).containsExactly("mine.txt");
        assertThat(parentListing()).containsExactly("svc");
    }

    @Test
    void withForceWritesOverTheFolderAndKeepsOtherFiles() throws IOException {
        Path target = Files.createDirectories(parent.resolve("svc"));
        Files.writeString(target.resolve("mine.txt"), "mine");
        Files.writeString(target.resolve("a.txt"), "old");

        // The stage is finished (committed) before the merge, so a commit holds only generated files.
        new TreeWriter().write(tree(), target, true, dir -> assertThat(dir.getFileName().toString()).startsWith(".svc.scaffold-"));

        assertThat(target.resolve("a.txt")).hasContent("a");
        assertThat(target.resolve("mine.txt")).hasContent("mine");
        assertThat(parentListing()).containsExactly("svc");
    }

    @Test
    void anEmptyTargetFolderIsReplaced() throws IOException {
        Path target = Files.createDirectories(parent.resolve("svc"));
        new TreeWriter().write(tree(), target, false, staged -> { });
        assertThat(target.resolve("a.txt")).exists();
    }

    @Test
    void refusesAFileAsTarget() throws IOException {
        Path target = Files.writeString(parent.resolve("svc"), "x");
        assertThatThrownBy(() -> new TreeWriter().write(tree(), target, true, staged -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("exists and is not a directory");
        assertThat(new File(target.toString())).hasContent("x");
    }
}
