package dev.scaffold.fleet;

import dev.scaffold.catalog.CatalogSpec;

/** Turns a failed clone or fetch into the one message a person can act on. */
final class CloneErrors {
    private CloneErrors() {
    }

    /**
     * JGit's innermost message (it names the URL and the cause: "not found", "Auth fail", "Connection refused").
     * For an ssh URL without {@code GIT_SSH}, JGit fails with a null pointer deep inside: scaffold ships JGit
     * without its SSH client library, and JGit runs the program {@code GIT_SSH} names instead.
     */
    static String describe(String url, Exception e) {
        boolean ssh = url.matches("(?i)ssh://.*") || (CatalogSpec.isRemote(url) && !url.contains("://"));
        if (ssh && System.getenv("GIT_SSH") == null) {
            return "ssh URLs need an SSH client: set GIT_SSH=ssh (JGit then runs the system's ssh with your keys and known_hosts)";
        }
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
