package dev.scaffold.error;

/** A problem with what the user asked for: reported as one line, exit code 2, nothing written. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
