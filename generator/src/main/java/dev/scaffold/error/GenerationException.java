package dev.scaffold.error;

/** Generation failed for a reason that is not the user's input (a broken template, an I/O error): exit code 1. */
public final class GenerationException extends RuntimeException {
    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
