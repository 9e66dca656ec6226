package dev.scaffold.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP exchange as the routes see it: the parsed request, a bounded body, and the response sent once. */
final class Call {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_QUERY = 8 * 1024;
    private final HttpExchange exchange;
    private final int maxBody;
    int status;
    long sent;

    Call(HttpExchange exchange, int maxBody) {
        this.exchange = exchange;
        this.maxBody = maxBody;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The query parameters, decoded; a repeated key is refused rather than silently picking one. */
    Map<String, String> query() {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null && raw.length() > MAX_QUERY) {
            throw new HttpError(414, null, "the query string is longer than " + MAX_QUERY + " bytes");
        }
        return form(raw);
    }

    static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (values.put(key, value) != null) {
                throw new HttpError(400, key, key + ": given more than once");
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, null, "malformed percent-encoding in the query or form");
        }
    }

    /** The request body, at most {@code maxBody} bytes; a larger one is refused with 413 without reading it all. */
    byte[] body() throws IOException {
        String length = header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new HttpError(400, null, "Content-Length is not a number");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                throw tooLarge();
            }
            return body;
        }
    }

    private HttpError tooLarge() {
        return new HttpError(413, null, "the request body is larger than " + maxBody + " bytes");
    }

    void json(int code, Object value) throws IOException {
        bytes(code, "application/json", JSON.writeValueAsBytes(value));
    }

    void text(int code, String contentType, String text) throws IOException {
        bytes(code, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    void error(HttpError e) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", e.status);
        body.put("field", e.field);
        body.put("message", e.getMessage());
        json(e.status, body);
    }

    void bytes(int code, String contentType, byte[] body) throws IOException {
        setHeader("Content-Type", contentType);
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length == 0 ? -1 : body.length);
        status = code;
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            sent = body.length;
        }
        exchange.close();
    }

    /** Starts a streamed (chunked) 200 response; the caller writes and closes the stream. */
    OutputStream stream(String contentType) throws IOException {
        setHeader("Content-Type", contentType);
        exchange.sendResponseHeaders(200, 0);
        status = 200;
        return exchange.getResponseBody();
    }

    void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    boolean responded() {
        return status != 0;
    }

    /** "http://host:port" as the client addressed the server, for the curl lines it shows. */
    String baseUrl() {
        String host = header("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]{1,300}")) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        String proto = header("X-Forwarded-Proto");
        return ("https".equals(proto) ? "https" : "http") + "://" + host;
    }
}
