package [=java_package];

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness endpoint for the image's HEALTHCHECK, Compose and CI. */
@RestController
class HealthController {

    @GetMapping("[=health_path]")
    Map<String, String> health() {
        return Map.of("status", "ok");
    }
}
