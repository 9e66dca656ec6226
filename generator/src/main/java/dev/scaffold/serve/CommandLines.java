package dev.scaffold.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code scaffold new} and {@code curl} lines that give the same answers as a request, for the page to show. */
final class CommandLines {
    /** Questions `scaffold new` has a dedicated flag for ({@code --base-image}); the rest are {@code -d id=value}. */
    private static final Set<String> FLAGGED = Set.of("name", "base_image", "port", "user", "uid", "health_path");

    private CommandLines() {
    }

    static String scaffoldNew(String archetype, Map<String, String> answers, boolean allowPrivilegedPort) {
        StringBuilder line = new StringBuilder("scaffold new --defaults -a ").append(quote(archetype));
        new TreeMap<>(answers).forEach((id, value) -> {
            if (FLAGGED.contains(id)) {
                line.append(" --").append(id.replace('_', '-')).append(' ').append(quote(value));
            } else {
                line.append(" -d ").append(quote(id + "=" + value));
            }
        });
        if (allowPrivilegedPort) {
            line.append(" --allow-privileged-port");
        }
        return line.toString();
    }

    static String curl(String baseUrl, String archetype, String name, Map<String, String> answers, boolean allowPrivilegedPort) {
        StringBuilder query = new StringBuilder("archetype=").append(encode(archetype));
        new TreeMap<>(answers).forEach((id, value) -> query.append('&').append(encode(id)).append('=').append(encode(value)));
        if (allowPrivilegedPort) {
            query.append("&allow_privileged_port=true");
        }
        return "curl -fsSL -o " + quote(name + ".zip") + " " + quote(baseUrl + "/api/generate?" + query);
    }

    /** Single-quoted for a POSIX shell unless the word needs no quoting. */
    static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./:=@,+-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
