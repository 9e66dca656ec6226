package dev.scaffold.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of fleet: the repository list, shards and pull request hints. */
class FleetPartsTest {
    @TempDir
    Path tmp;

    @Test
    void theListTakesUrlsOfEveryKindAndLocalPathsAndSkipsCommentsBlankLinesAndDuplicates() throws IOException {
        Path list = tmp.resolve("repos.txt");
        Files.writeString(list, """
                # platform team's services
                https://git.acme.example/team/orders.git
                  ssh://git@git.acme.example/team/billing.git
                git@git.acme.example:team/search.git

                file:///srv/git/ledger.git/
                services/local
                https://git.acme.example/team/orders.git
                """);

        assertThat(RepoList.read(list)).containsExactly("https://git.acme.example/team/orders.git",
                "ssh://git@git.acme.example/team/billing.git", "git@git.acme.example:team/search.git", "file:///srv/git/ledger.git",
                tmp.resolve("services/local").toString());
    }

    @Test
    void aLineWithARefOrAnUnknownSchemeNamesTheFileAndLine() throws IOException {
        Path list = tmp.resolve("repos.txt");
        Files.writeString(list, "https://git.acme.example/a.git#main\n");
        assertThatThrownBy(() -> RepoList.read(list)).isInstanceOf(InputException.class).hasMessage("--repos: " + list
                + ":1: a repository is read at its default branch; remove the '#' part (got 'https://git.acme.example/a.git#main')");
    }

    @Test
    void shardsPartitionTheSortedListWhateverItsOrderAndDifferInSizeByAtMostOne() {
        List<String> repos = new ArrayList<>(IntStream.range(0, 23).mapToObj(i -> "https://h/r" + (char) ('a' + i)).toList());
        List<String> seen = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<String> shard = Shard.parse(i + "/4").select(repos);
            assertThat(shard).hasSizeBetween(5, 6);
            seen.addAll(shard);
        }
        assertThat(seen).hasSize(23).containsExactlyInAnyOrderElementsOf(repos);
        List<String> reversed = new ArrayList<>(repos);
        java.util.Collections.reverse(reversed);
        assertThat(Shard.parse("3/4").select(reversed)).isEqualTo(Shard.parse("3/4").select(repos));
        assertThat(Shard.parse(null).select(repos)).hasSize(23);
    }

    @Test
    void aShardOutsideOneToNIsRefused() {
        for (String bad : List.of("0/3", "4/3", "1/0", "a/b", "1", "-1/2")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(InputException.class)
                    .hasMessage("--shard: must read I/N with 1 <= I <= N, e.g. 2/8 (got '" + bad + "')");
        }
    }

    @Test
    void pullRequestHintsGiveTheHostsPageWhenKnownAndAlwaysTheGhCommand() {
        PullRequestHint github = PullRequestHint.of("git@github.com:acme/orders.git", "main", "scaffold/update-2.0.0",
                "scaffold update: org-go 1.0.0 -> 2.0.0", "Made by scaffold fleet update.");
        assertThat(github.url()).isEqualTo("https://github.com/acme/orders/compare/main...scaffold/update-2.0.0?expand=1");
        assertThat(github.command()).isEqualTo("gh pr create --repo acme/orders --base main --head scaffold/update-2.0.0"
                + " --title 'scaffold update: org-go 1.0.0 -> 2.0.0' --body 'Made by scaffold fleet update.'");

        PullRequestHint gitlab = PullRequestHint.of("https://gitlab.acme.example/team/orders.git", "trunk", "b", "t", "it's");
        assertThat(gitlab.url()).isEqualTo("https://gitlab.acme.example/team/orders/-/merge_requests/new"
                + "?merge_request%5Bsource_branch%5D=b&merge_request%5Btarget_branch%5D=trunk");
        assertThat(gitlab.command()).endsWith("--repo gitlab.acme.example/team/orders --base trunk --head b --title t --body 'it'\\''s'");

        PullRequestHint local = PullRequestHint.of("file:///srv/git/orders.git", "main", "b", "t", "x");
        assertThat(local.url()).isNull();
        assertThat(local.command()).isEqualTo("gh pr create --base main --head b --title t --body x");
    }
}
