package dev.scaffold.app;

import java.util.List;

/**
 * Where a generated repository stands: its archetype, the version it was last rendered from, the newest
 * version its catalogs offer, and the scaffold-managed files that differ from their pristine render.
 */
public record StatusReport(String archetypeId, String recordedVersion, String newestVersion, boolean behind,
        List<String> driftedManagedFiles) {

    public StatusReport {
        driftedManagedFiles = List.copyOf(driftedManagedFiles);
    }

    /** Up to date and without drift: what CI gates on. */
    public boolean current() {
        return !behind && driftedManagedFiles.isEmpty();
    }
}
