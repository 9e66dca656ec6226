package dev.scaffold.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaffold.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The per-user config file, {@code $XDG_CONFIG_HOME/scaffold/config.json} (else
 * {@code ~/.config/scaffold/config.json}): {@code {"catalogs": ["https://…/catalog.git#v3", "/srv/team"]}}.
 * Relative folder paths are taken from the config file's folder, so the file means the same from
 * any working directory. A missing file is no config.
 */
public record UserConfig(Path file, List<String> catalogs) {
    public UserConfig {
        catalogs = List.copyOf(catalogs);
    }

    /** scaffold's cache folder: $XDG_CACHE_HOME/scaffold, else ~/.cache/scaffold (catalogs, fleet clones). */
    public static Path cacheHome(Function<String, String> environment) {
        String xdg = environment.apply("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("scaffold");
    }

    /** Where the config file is, from the environment (XDG_CONFIG_HOME) and the user's home. */
    public static Path location(Function<String, String> environment, String userHome) {
        String xdg = environment.apply("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("scaffold/config.json");
    }

    public static UserConfig read(Path file) {
        if (!Files.exists(file)) {
            return new UserConfig(file, List.of());
        }
        String name = file.toString();
        JsonNode root = JsonFiles.read(file, name);
        JsonNode list = root.path("catalogs");
        if (!root.isObject() || (!list.isMissingNode() && !list.isArray())) {
            throw new InputException(name + ": field 'catalogs' must be an array of catalog specs (folders, git or catalog.json URLs)");
        }
        List<String> catalogs = new ArrayList<>();
        for (JsonNode spec : list) {
            if (!spec.isTextual() || spec.asText().isBlank()) {
                throw new InputException(name + ": field 'catalogs' must hold non-empty strings");
            }
            catalogs.add(CatalogSpec.isRemote(spec.asText()) ? spec.asText()
                    : file.toAbsolutePath().getParent().resolve(spec.asText()).normalize().toString());
        }
        return new UserConfig(file, catalogs);
    }
}
