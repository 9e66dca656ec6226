package [=java_package];

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health probe, run by the image's HEALTHCHECK as
 * {@code java -cp /app/BOOT-INF/classes [=java_package].HealthCheck URL}: exits 0 when URL answers
 * 2xx, 1 otherwise. It uses the JDK alone (no Spring on its class path, no curl in the image), so
 * a probe takes a fraction of a second.
 */
public final class HealthCheck {
    private static final int TIMEOUT_MILLIS = 4000;

    private HealthCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthCheck URL");
            System.exit(2);
        }
        System.exit(isHealthy(URI.create(args[0]), TIMEOUT_MILLIS) ? 0 : 1);
    }

    /** Whether a GET of {@code uri} answers 2xx within {@code timeoutMillis} for connecting and for reading. */
    static boolean isHealthy(URI uri, int timeoutMillis) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            try {
                int status = connection.getResponseCode();
                if (status < 200 || status > 299) {
                    System.err.println("health check failed: " + uri + " answered " + status);
                    return false;
                }
                return true;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("health check failed: " + uri + ": " + e);
            return false;
        }
    }
}
