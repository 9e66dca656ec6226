package dev.scaffold.answers;

/**
 * A value that breaks its question's rule; the message states the rule, the caller names the field.
 * {@code policy} marks a refusal by the org's policy rather than a malformed answer (HTTP 422, not 400).
 */
public final class InvalidAnswer extends Exception {
    private final boolean policy;

    public InvalidAnswer(String rule) {
        this(rule, false);
    }

    public InvalidAnswer(String rule, boolean policy) {
        super(rule, null, false, false);
        this.policy = policy;
    }

    /** The input error that names {@code field}: a policy refusal or a plain bad input. */
    public dev.scaffold.error.InputException at(String field) {
        String message = field + ": " + getMessage();
        return policy ? new dev.scaffold.error.PolicyException(message) : new dev.scaffold.error.InputException(message);
    }
}
