package dev.scaffold.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git is asked for its system config once per git executable; later runs are told the answer. */
class GitSystemConfigTest {
    @TempDir
    Path tmp;

    private final Map<String, String> environment = new HashMap<>();
    private final AtomicInteger asked = new AtomicInteger();
    private final List<File> told = new ArrayList<>();
    private Path git;

    @BeforeEach
    void fakeGitOnPath() throws IOException {
        assumeFalse(System.getProperty("os.name").toLowerCase().startsWith("windows"));
        Path bin = Files.createDirectories(tmp.resolve("opt/git/bin"));
        git = Files.writeString(bin.resolve("git"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
        environment.put("PATH", tmp.resolve("empty") + File.pathSeparator + bin);
    }

    private void run(File answer) {
        new GitSystemConfig(environment::get, tmp.resolve("cache")).apply(() -> {
            asked.incrementAndGet();
            return answer;
        }, told::add);
    }

    @Test
    void asksOnceAndTellsTheRememberedAnswerAfterwards() {
        File system = new File("/etc/gitconfig-of-this-git");

        run(system);
        run(new File("/never/asked"));
        run(new File("/never/asked"));

        assertThat(asked).hasValue(1);
        assertThat(told).containsExactly(system, system);
        assertThat(tmp.resolve("cache").resolve(GitSystemConfig.FILE)).exists();
    }

    @Test
    void anotherGitOrAnotherGitConfigSystemIsAskedAgain() throws IOException {
        run(new File("/a"));
        Files.setLastModifiedTime(git, FileTime.fromMillis(Files.getLastModifiedTime(git).toMillis() - 60_000));
        run(new File("/b"));
        environment.put("GIT_CONFIG_SYSTEM", "/custom/gitconfig");
        run(new File("/custom/gitconfig"));
        run(null);

        assertThat(asked).hasValue(3);
        assertThat(told).containsExactly(new File("/custom/gitconfig"));
    }

    @Test
    void noSystemFileIsRememberedOnlyWhileGitsDefaultFileIsAbsent() throws IOException {
        run(null);
        run(new File("/never/asked"));
        assertThat(asked).hasValue(1);
        assertThat(told).containsExactly((File) null);

        Path created = GitSystemConfig.defaultSystemFile(git.toFile()).toPath();
        assertThat(created).isEqualTo(tmp.resolve("opt/git/etc/gitconfig"));
        Files.createDirectories(created.getParent());
        Files.writeString(created, "[user]\n\tname = Admin\n");
        run(created.toFile());

        assertThat(asked).hasValue(2);
    }

    @Test
    void withoutGitOnPathOrWithGitConfigNoSystemJGitIsLeftAlone() {
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        run(new File("/x"));
        environment.remove("GIT_CONFIG_NOSYSTEM");
        environment.put("PATH", tmp.resolve("empty").toString());
        run(new File("/x"));

        assertThat(asked).hasValue(0);
        assertThat(told).isEmpty();
        assertThat(GitSystemConfig.defaultSystemFile(new File("/usr/bin/git"))).isEqualTo(new File("/etc/gitconfig"));
    }

    @Test
    void anUnwritableCacheOnlyMeansAskingEachTime() throws IOException {
        Files.writeString(tmp.resolve("cache"), "a file where the cache folder would be");

        run(new File("/a"));
        run(new File("/a"));

        assertThat(asked).hasValue(2);
        assertThat(told).isEmpty();
    }
}
