package dev.scaffold.project;

import dev.scaffold.answers.AnswerRule;
import dev.scaffold.catalog.Family;
import dev.scaffold.catalog.OrgSettings;
import dev.scaffold.error.InputException;
import dev.scaffold.error.PolicyException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules that span answers or depend on the archetype's family or the org's policy: names the family
 * reserves, ports a non-root process cannot bind, base images outside the org's allowed prefixes.
 * Each lives once: the prompt asks it as each answer is typed ({@link AnswerRule}), and
 * {@link #check} applies it to the final answers, whatever edge they came from.
 */
public final class ProjectRules implements AnswerRule {
    static final int FIRST_UNPRIVILEGED_PORT = 1024;
    /** How the final check names each field: the flag that sets it. */
    private static final Map<String, String> FLAGS = Map.of("name", "--name", "port", "--port", "base_image", "--base-image");

    private final Family family;
    private final boolean allowPrivilegedPort;
    private final OrgSettings org;

    public ProjectRules(Family family, boolean allowPrivilegedPort, OrgSettings org) {
        this.family = family;
        this.allowPrivilegedPort = allowPrivilegedPort;
        this.org = org;
    }

    @Override
    public Optional<String> violation(String questionId, Object value, Map<String, Object> earlier) {
        return switch (questionId) {
            case "name" -> reservedName(String.valueOf(value));
            case "port" -> value instanceof Long port ? privilegedPort(port) : Optional.empty();
            case "base_image" -> org.baseImageViolation(value == null ? null : String.valueOf(value));
            default -> Optional.empty();
        };
    }

    @Override
    public boolean isPolicy(String questionId) {
        return "base_image".equals(questionId);
    }

    /** Applies every rule to the final answers; the first broken one is an input error naming its flag. */
    public void check(ProjectDescription description) {
        for (Map.Entry<String, Object> answer : description.answers().entrySet()) {
            violation(answer.getKey(), answer.getValue(), description.answers()).ifPresent(reason -> {
                String message = FLAGS.getOrDefault(answer.getKey(), answer.getKey()) + ": " + reason;
                // The org's base-image policy is a refusal of its own kind (HTTP 422 in serve), not a malformed answer.
                throw isPolicy(answer.getKey()) ? new PolicyException(message) : new InputException(message);
            });
        }
    }

    private Optional<String> reservedName(String name) {
        for (String form : List.of(name, name.replace('-', '_'), name.replace("-", ""))) {
            if (family != null && family.reservedNames().contains(form)) {
                return Optional.of("'" + name + "' is refused: " + family.reservedHelp() + " ('" + form + "'); choose another name");
            }
        }
        return Optional.empty();
    }

    private Optional<String> privilegedPort(long port) {
        if (port >= FIRST_UNPRIVILEGED_PORT || allowPrivilegedPort) {
            return Optional.empty();
        }
        return Optional.of(port + " is below 1024, and the container runs as a non-root user, which"
                + " cannot bind it without the NET_BIND_SERVICE capability; choose 1024 or above, or pass"
                + " --allow-privileged-port if your runtime grants that capability");
    }
}
