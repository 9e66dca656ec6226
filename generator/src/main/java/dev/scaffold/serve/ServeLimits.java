package dev.scaffold.serve;

import java.time.Duration;

/**
 * The bounds that keep one client from exhausting the server.
 *
 * @param maxBodyBytes largest request body accepted (413 above)
 * @param maxFields most answers in one request
 * @param maxFieldLength longest answer value, in characters
 * @param threads request-handling threads; further connections wait in the accept queue
 * @param renders renders running at once; further requests wait up to {@code queueWait}, then get 503
 * @param queueWait how long a request waits for a render slot
 * @param renderTimeout how long a render may take before the request gets 503
 */
public record ServeLimits(int maxBodyBytes, int maxFields, int maxFieldLength, int threads, int renders,
        Duration queueWait, Duration renderTimeout) {

    /** Sized for a small host: renders are CPU-bound, so about one per core, and a short queue. */
    public static ServeLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServeLimits(64 * 1024, 64, 1024, 16, Math.max(2, cores), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }
}
