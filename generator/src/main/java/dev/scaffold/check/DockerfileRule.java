package dev.scaffold.check;

import java.util.List;
import java.util.function.Function;

/** A rule that looks only at the Dockerfile; a repository without one breaks every such rule once. */
record DockerfileRule(String id, String description, Function<Dockerfile, List<DockerfileRule.Hit>> inspection) implements Rule {

    /** What an inspection found, at a line of the Dockerfile. */
    record Hit(int line, String message) {
    }

    @Override
    public List<Finding> check(Repo repo) {
        return repo.dockerfile()
                .map(dockerfile -> inspection.apply(dockerfile).stream()
                        .map(hit -> new Finding(Repo.DOCKERFILE, hit.line(), id, hit.message()))
                        .toList())
                .orElse(List.of(new Finding(Repo.DOCKERFILE, 0, id, "no Dockerfile")));
    }

    static Hit at(int line, String message) {
        return new Hit(line, message);
    }
}
