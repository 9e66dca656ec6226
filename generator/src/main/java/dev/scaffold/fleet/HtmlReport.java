package dev.scaffold.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fleet report as one self-contained HTML page (no CDN, no other file): the report's JSON embedded in
 * the page, and a small inline script that draws the table, the filters and two SVG bar charts from it.
 * The page itself is a static resource, so no template logic decides what a platform team sees.
 */
public final class HtmlReport {
    private static final String PLACEHOLDER = "__FLEET_DATA__";

    private HtmlReport() {
    }

    public static String render(FleetReport report) {
        // In a <script> element only "</" could end the data early; JSON unicode escapes keep it valid.
        String json = report.toJson().strip().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        String page = template();
        int at = page.indexOf(PLACEHOLDER);
        return page.substring(0, at) + json + page.substring(at + PLACEHOLDER.length());
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("report.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
