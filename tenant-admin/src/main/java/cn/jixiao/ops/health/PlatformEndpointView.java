package cn.jixiao.ops.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jixiao.ops.OpsProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's own health endpoint through its public URL (the load balancer): what a monitor
 * outside sees, with the components the platform reports (database, Redis, …).
 */
@Component
class PlatformEndpointView {

    private final OpsProperties ops;
    private final HealthProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    PlatformEndpointView(OpsProperties ops, HealthProperties properties, JsonMapper json) {
        this.ops = ops;
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** @param components each component's status (UP, DOWN, …); empty when the endpoint did not answer */
    public record PlatformEndpoint(String url, String status, Map<String, String> components, String problem) {
    }

    PlatformEndpoint read() {
        String url = ops.platformBase() + "/actuator/health";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(properties.timeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            Map<String, String> components = new LinkedHashMap<>();
            JsonNode parts = body.path("components");
            parts.propertyNames().forEach(name -> components.put(name, parts.get(name).path("status").asString("?")));
            return new PlatformEndpoint(url, body.path("status").asString("HTTP " + response.statusCode()), components, null);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            return new PlatformEndpoint(url, null, Map.of(), e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PlatformEndpoint(url, null, Map.of(), "interrupted");
        }
    }
}
