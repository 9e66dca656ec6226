package [=java_package];

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Starts the whole application on a random port and calls it over HTTP, as a client would. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class [=pascal_name]ApplicationTests {

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void healthEndpointAnswersOk() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri("[=health_path]")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void containerHealthCheckPassesOnTheHealthPathOnly() {
        assertThat(HealthCheck.isHealthy(uri("[=health_path]"), 2000)).isTrue();
        assertThat(HealthCheck.isHealthy(uri("/scaffold-no-such-path"), 2000)).isFalse();
    }
}
