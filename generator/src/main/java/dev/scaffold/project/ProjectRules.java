package dev.scaffold.project;

import dev.scaffold.catalog.Family;
import dev.scaffold.error.InputException;
import java.util.List;

/**
 * Rules that span answers or depend on the archetype's family, checked once every question is
 * answered: names the family reserves, and ports a non-root process cannot bind.
 */
public final class ProjectRules {
    static final int FIRST_UNPRIVILEGED_PORT = 1024;

    private ProjectRules() {
    }

    public static void check(ProjectDescription description, Family family, boolean allowPrivilegedPort) {
        String name = description.name();
        for (String form : List.of(name, name.replace('-', '_'), name.replace("-", ""))) {
            if (family != null && family.reservedNames().contains(form)) {
                throw new InputException("--name: '" + name + "' is refused: " + family.reservedHelp() + " ('" + form
                        + "'); choose another name");
            }
        }
        Object port = description.answers().get("port");
        if (port instanceof Long p && p < FIRST_UNPRIVILEGED_PORT && !allowPrivilegedPort) {
            throw new InputException("--port: " + p + " is below 1024, and the container runs as a non-root user, which"
                    + " cannot bind it without the NET_BIND_SERVICE capability; choose 1024 or above, or pass"
                    + " --allow-privileged-port if your runtime grants that capability");
        }
    }
}
