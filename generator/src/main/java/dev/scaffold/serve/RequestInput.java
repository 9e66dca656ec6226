package dev.scaffold.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generate or preview request asks for, from the query string, a form or a JSON object (the body's
 * keys win over the query's). Keys other than the reserved ones below are answers, named by question id.
 *
 * @param archetype the archetype id, or null for the catalog's default
 * @param answers the answers given, as text, exactly as {@code -d id=value} would give them; an empty value is
 *     no answer (the question takes its default), as an empty form field means
 * @param allowPrivilegedPort {@code allow_privileged_port=true}, as {@code --allow-privileged-port}
 * @param format {@code format=zip|tgz}, or null
 * @param contents for a preview, whether file contents are wanted ({@code contents=false}: the tree only)
 */
record RequestInput(String archetype, Map<String, String> answers, boolean allowPrivilegedPort, String format,
        boolean contents) {
    static final String ARCHETYPE = "archetype";
    static final String ALLOW_PRIVILEGED_PORT = "allow_privileged_port";
    static final String FORMAT = "format";
    static final String CONTENTS = "contents";

    static RequestInput read(Call call, ServeLimits limits) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(call.query());
        if (call.method().equals("POST")) {
            byte[] body = call.body();
            String type = String.valueOf(call.header("Content-Type")).toLowerCase(java.util.Locale.ROOT);
            if (type.startsWith("application/json")) {
                values.putAll(json(body));
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                values.putAll(Call.form(new String(body, StandardCharsets.UTF_8)));
            } else if (body.length > 0) {
                throw new HttpError(415, null, "send answers as application/json, application/x-www-form-urlencoded"
                        + " or in the query string");
            }
        }
        return of(values, limits);
    }

    private static Map<String, String> json(byte[] body) {
        JsonNode root;
        try {
            root = Call.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, null, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new HttpError(400, null, "the body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new HttpError(400, null, "the body must be a JSON object of answers, e.g. {\"archetype\": \"go-http\", \"port\": 8080}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw new HttpError(400, e.getKey(), e.getKey() + ": must be a string, number or boolean");
            }
            values.put(e.getKey(), v.asText());
        });
        return values;
    }

    static RequestInput of(Map<String, String> values, ServeLimits limits) {
        if (values.size() > limits.maxFields()) {
            throw new HttpError(400, null, "at most " + limits.maxFields() + " fields per request");
        }
        Map<String, String> answers = new HashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().length() > 64 || e.getValue().length() > limits.maxFieldLength()) {
                throw new HttpError(400, e.getKey().length() > 64 ? null : e.getKey(),
                        (e.getKey().length() > 64 ? "a field name" : e.getKey()) + ": longer than the "
                        + (e.getKey().length() > 64 ? 64 : limits.maxFieldLength()) + " characters allowed");
            }
            if (!e.getValue().isEmpty()) {
                answers.put(e.getKey(), e.getValue());
            }
        }
        String archetype = blankToNull(answers.remove(ARCHETYPE));
        String format = blankToNull(answers.remove(FORMAT));
        String allow = answers.remove(ALLOW_PRIVILEGED_PORT);
        if (allow != null && !allow.matches("true|false|")) {
            throw new HttpError(400, ALLOW_PRIVILEGED_PORT, ALLOW_PRIVILEGED_PORT + ": must be true or false (got '" + allow + "')");
        }
        String contents = answers.remove(CONTENTS);
        return new RequestInput(archetype, answers, "true".equals(allow), format, !"false".equals(contents));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
