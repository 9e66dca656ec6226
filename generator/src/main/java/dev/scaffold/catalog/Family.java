package dev.scaffold.catalog;

import java.util.Set;

/**
 * What an archetype family (python, java, node, go) accepts: base images matching {@code imagePattern},
 * and no project name in {@code reservedNames} (a keyword, a standard-library module, a dependency).
 */
public record Family(String id, String imagePattern, String imageHelp, Set<String> reservedNames, String reservedHelp) {
    public Family {
        reservedNames = Set.copyOf(reservedNames);
    }
}
