package dev.scaffold.fleet;

import dev.scaffold.error.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fleet's repository list: one git URL (https, ssh, git, file, or scp-like {@code git@host:org/repo.git})
 * or local path per line; blank lines and {@code #} comments are ignored. Local paths are made absolute
 * (against the list file's folder) so that a report names every repository the same way wherever it runs.
 */
public final class RepoList {
    private RepoList() {
    }

    /** The repositories of {@code file}, in file order, without duplicates. */
    public static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("--repos: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        Path base = file.toAbsolutePath().getParent();
        Set<String> repos = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            repos.add(normalize(line, base, file + ":" + (i + 1)));
        }
        return new ArrayList<>(repos);
    }

    /** A URL as written (minus a trailing slash); a local path made absolute and normalized. */
    static String normalize(String entry, Path base, String where) {
        if (entry.chars().anyMatch(Character::isWhitespace)) {
            throw new InputException("--repos: " + where + ": one repository per line, without spaces (got '" + entry + "')");
        }
        if (entry.contains("#")) {
            throw new InputException("--repos: " + where + ": a repository is read at its default branch; remove the '#' part"
                    + " (got '" + entry + "')");
        }
        String trimmed = entry.endsWith("/") && entry.length() > 1 ? entry.substring(0, entry.length() - 1) : entry;
        if (trimmed.matches("(?i)(https?|ssh|git|file)://.+") || trimmed.matches("[\\w.-]+@[\\w.-]+:.+")) {
            return trimmed;
        }
        if (trimmed.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            throw new InputException("--repos: " + where + ": unsupported URL scheme; use https, ssh, git, file,"
                    + " git@host:path or a local path (got '" + entry + "')");
        }
        return base.resolve(trimmed).toAbsolutePath().normalize().toString();
    }
}
