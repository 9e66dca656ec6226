package dev.scaffold.cli;

import dev.scaffold.catalog.UserConfig;
import dev.scaffold.error.InputException;
import dev.scaffold.fleet.RepoList;
import dev.scaffold.fleet.Shard;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The options every fleet command that reads a repository list shares. */
final class FleetOptions {
    @Option(names = "--repos", required = true, paramLabel = "FILE",
            description = "The repositories: one git URL (https, ssh, git, file, git@host:path) or local path per line; "
                    + "blank lines and # comments are ignored.")
    Path repos;

    @Option(names = "--jobs", paramLabel = "N", description = "Repositories handled at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Handle only shard I of N (1 <= I <= N): the list sorted by URL, every N-th repository from the "
                    + "I-th. N CI jobs with shards 1/N..N/N cover the list once; merge their --json with "
                    + "merge-reports.")
    String shard;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of the shallow clones (default: $XDG_CACHE_HOME/scaffold/fleet, else "
                    + "~/.cache/scaffold/fleet).")
    Path cache;

    /** This shard's repositories; input errors name the option. */
    List<String> selected() {
        if (jobs < 1 || jobs > 256) {
            throw new InputException("--jobs: must be an integer from 1 to 256 (got " + jobs + ")");
        }
        Shard chosen = Shard.parse(shard);
        return chosen.select(RepoList.read(repos));
    }

    Path cacheRoot(Function<String, String> environment) {
        if (cache != null) {
            return cache.toAbsolutePath();
        }
        return UserConfig.cacheHome(environment).resolve("fleet");
    }
}
