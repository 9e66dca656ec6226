package dev.scaffold.git;

import org.eclipse.jgit.internal.util.CleanupService;

/**
 * Leaves JGit's shutdown cleanup to scaffold for a commit into a folder scaffold removes itself. On first
 * use JGit registers a JVM shutdown hook (it unlocks lock files and removes half-cloned folders) and, so
 * that the hook can still print its messages late in the JVM's life, first loads its ~1,000 translated
 * messages by reflection: 9 % of the CPU samples of a {@code scaffold new} on JDK 25 (JFR, 1 ms, 12 runs),
 * about 25 ms of its wall time. The repository of {@code new} is made in a staging folder that
 * {@code TreeWriter} deletes when the JVM stops early, lock files and all, so that hook has nothing to do
 * there. JGit is told to leave cleanup to its host, as it does under OSGi, through {@link CleanupService}'s
 * public constructor, which makes itself the instance JGit's hook registers with. It takes effect only
 * before JGit's first use in the JVM: after a clone of a git catalog, the hook is already in place.
 */
final class JGitCleanup {
    private JGitCleanup() {
    }

    static void leaveToScaffold() {
        new CleanupService(); // makes itself the instance that JGit's hook, when made after this, registers with
    }
}
