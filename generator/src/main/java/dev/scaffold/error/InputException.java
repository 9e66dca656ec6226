package dev.scaffold.error;

/**
 * A problem with what the user asked for: reported as one line, exit code 2, nothing written. Not final: a
 * {@link PolicyException} is an input error the web API reports with its own status.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
