package dev.scaffold.error;

/**
 * An input the org catalog's policy refuses (a base image outside the allowed prefixes, a required label
 * nobody sets): an input error to the CLI (exit 2), HTTP 422 to the web API, where the request is well formed.
 */
public final class PolicyException extends InputException {
    public PolicyException(String message) {
        super(message);
    }
}
