package dev.scaffold.serve;

/** A request the server refuses: the HTTP status, the field at fault (or null) and a one-line message. */
final class HttpError extends RuntimeException {
    final int status;
    final String field;

    HttpError(int status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }
}
