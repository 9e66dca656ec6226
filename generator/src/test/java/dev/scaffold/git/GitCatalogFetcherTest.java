package dev.scaffold.git;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Specs of git catalogs can come from a checked repository's answers file: none may smuggle an ssh option. */
class GitCatalogFetcherTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"ssh://-oProxyCommand=touch%20/tmp/pwned/x.git", "ssh://-oProxyCommand=x@host/x.git",
        "git@-oProxyCommand=x:org/catalog.git", "-oProxyCommand=x@host:org/catalog.git"})
    void anSshSpecWhoseHostOrUserLooksLikeAnOptionIsRefusedBeforeAnythingRuns(String url) {
        assertThatThrownBy(() -> new GitCatalogFetcher().fetch(url, null, tmp.resolve("c"), ".scaffold/answers.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(".scaffold/answers.json: " + url + ": ")
                .hasMessageNotContaining("cannot clone");
    }
}
