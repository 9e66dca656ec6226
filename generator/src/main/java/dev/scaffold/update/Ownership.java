package dev.scaffold.update;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.catalog.JsonFiles;
import dev.scaffold.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Decides which generated files scaffold keeps managing after generation and which are the team's own.
 * Strongest first: {@code --include} (merge this owned file anyway), the repository's own opt-outs in
 * {@code .scaffold/update.json} ({@code {"owned": [globs]}}), the archetype's {@code managed} globs, its
 * {@code owned} globs; anything else is managed.
 */
public final class Ownership {
    public static final String REPOSITORY_FILE = ".scaffold/update.json";
    private final Globs include;
    private final Globs repositoryOwned;
    private final Globs managed;
    private final Globs owned;

    public Ownership(UpdateManifest manifest, List<String> repositoryOwned, Set<String> include) {
        this.include = new Globs(List.copyOf(include));
        this.repositoryOwned = new Globs(repositoryOwned);
        this.managed = new Globs(manifest.managed());
        this.owned = new Globs(manifest.owned());
    }

    /** The globs a repository's {@code .scaffold/update.json} lists as its own; none without the file. */
    public static List<String> repositoryOwned(Path repository) {
        Path file = repository.resolve(REPOSITORY_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = JsonFiles.read(file, REPOSITORY_FILE);
        if (!root.isObject()) {
            throw new InputException(REPOSITORY_FILE + ": must be a JSON object such as {\"owned\": [\".github/workflows/ci.yml\"]}");
        }
        return UpdateManifest.texts(root.path("owned"), REPOSITORY_FILE + ": field 'owned'");
    }

    public boolean isOwned(String path) {
        if (include.matches(path)) {
            return false;
        }
        if (repositoryOwned.matches(path)) {
            return true;
        }
        return !managed.matches(path) && owned.matches(path);
    }
}
