package dev.scaffold.serve;

/** SIGHUP re-reads the catalogs, as daemons do; where the JVM offers no signal handling, only --reload works. */
public final class ReloadSignal {
    private ReloadSignal() {
    }

    @SuppressWarnings("removal")
    public static void onHangup(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> action.run());
        } catch (IllegalArgumentException | LinkageError e) {
            System.err.println("serve: SIGHUP is not available here (" + e.getMessage() + "); use --reload");
        }
    }
}
