package dev.scaffold.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scaffold.catalog.JsonTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * JsonTree reads and writes without an ObjectMapper, for start-up; it must agree with the mapper
 * byte for byte and node for node, or answers files and catalog checks would change.
 */
class JsonTreeProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Property(tries = 300)
    void parsesAsReadTreeDoes(@ForAll("values") Object value) throws Exception {
        String text = MAPPER.writeValueAsString(value);

        assertThat(JsonTree.parse(text)).isEqualTo(MAPPER.readTree(text));
    }

    @Property(tries = 300)
    void writesAsTheMapperDoes(@ForAll("values") Object value) throws Exception {
        JsonNode node = MAPPER.valueToTree(value);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

        assertThat(JsonTree.write(JsonTree.of(value), printer)).isEqualTo(MAPPER.writer(printer).writeValueAsString(node));
        assertThat(JsonTree.write(node, null)).isEqualTo(MAPPER.writeValueAsString(node));
    }

    @Property(tries = 100)
    void refusesWhatReadTreeRefuses(@ForAll("broken") String text) {
        Throwable ours = thrown(() -> JsonTree.parse(text));
        Throwable theirs = thrown(() -> MAPPER.readTree(text));

        assertThat(ours == null).as(text).isEqualTo(theirs == null);
        if (ours != null) {
            assertThat(ours.getMessage().lines().findFirst()).isEqualTo(theirs.getMessage().lines().findFirst());
        }
    }

    private interface Failing {
        void run() throws Exception;
    }

    private static Throwable thrown(Failing call) {
        try {
            call.run();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.lazyOf(
                () -> Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                // Integers and longs as a mapper reads them: int when it fits, else long.
                () -> Arbitraries.longs().map(l -> l == (int) (long) l ? (Object) Integer.valueOf((int) (long) l) : (Object) l),
                () -> Arbitraries.doubles().map(d -> (Object) d),
                () -> Arbitraries.of(true, false).map(b -> (Object) b),
                () -> Arbitraries.just(null),
                () -> values().list().ofMaxSize(4).map(l -> (Object) l),
                () -> Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(6), values()).ofMaxSize(4)
                        .map(m -> (Object) new LinkedHashMap<>(m)));
    }

    @Provide
    Arbitrary<String> broken() {
        return Arbitraries.of("", " ", "{", "[1,", "{\"a\" 1}", "{\"a\":1}}", "[1] [2]", "{\"a\":1,\"a\":2}", "nul", "'x'",
                "{\"a\":tru}", "[1.5e400]", "\"\\u12\"", "[" + "[".repeat(1200) + "]".repeat(1201), "{\"k\":" + "9".repeat(1200) + "}",
                "01", "-", "[1,]", "{,}", "\u0000");
    }
}
