package dev.scaffold.serve;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's HEALTHCHECK: {@code java -cp scaffold.jar dev.scaffold.serve.HealthProbe [URL [SECONDS]]} exits 0
 * when the URL (default http://127.0.0.1:8080/health) answers 200 within SECONDS (default 2), else 1. No curl in
 * the image.
 */
public final class HealthProbe {
    private HealthProbe() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/health";
        try {
            int millis = args.length > 1 ? Integer.parseInt(args[1]) * 1000 : 2000;
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(millis);
            connection.setReadTimeout(millis);
            int status = connection.getResponseCode();
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("health probe: " + e);
            System.exit(1);
        }
    }
}
