package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's promise, end to end: the executable jar with nothing configured starts embedded
 * PostgreSQL and Redis, loads the demo district, and serves its 2025 disclosure to a
 * client-credentials token; pointed at a real database it refuses to load the public demo secret.
 */
class RunCommandTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withNothingConfiguredItServesTheDemoDistrictFromEmbeddedServices() throws Exception {
        try (PlatformProcess platform = PlatformProcess.start()) {
            assertThat(platform.awaitHealthy(Duration.ofMinutes(3))).as("healthy; output:%n%s", platform.output()).isTrue();
            assertThat(platform.output()).contains("Demo district lunan loaded");

            String base = "http://localhost:" + platform.port;
            var tokenResponse = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "lunan-api:lunan-demo-secret".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tokenResponse.statusCode()).isEqualTo(200);
            String token = json(tokenResponse.body()).get("access_token").asString();

            var disclosure = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/disclosures/202/2025"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(disclosure.statusCode()).isEqualTo(200);
            JsonNode body = json(disclosure.body());
            assertThat(body.get("district").get("name").asString()).isEqualTo("唐山市路南区");
            assertThat(body.get("projects").get(3).get("name").asString()).isEqualTo("区12345政务服务便民热线整合优化工作经费");
            assertThat(body.get("goals").get("itemized")).hasSize(6);

            var anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/disclosures/202/2025")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void refusesToLoadTheDemoSecretIntoAnExternalDatabase() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (PlatformProcess platform = PlatformProcess.start(
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.password=" + db.roles().app().password(),
                "--spring.flyway.password=" + db.roles().owner().password(),
                "--jixiao.embedded.enabled=false",
                "--spring.data.redis.url=redis://127.0.0.1:1")) {
            assertThat(platform.awaitExit(Duration.ofMinutes(2))).isNotZero();
            assertThat(platform.output()).contains("jixiao.demo.allow-external-database=true");
        }
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
