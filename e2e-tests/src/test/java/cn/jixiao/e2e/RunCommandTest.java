package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.infra.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The README's promise, end to end: the executable jar with nothing configured starts embedded
 * PostgreSQL and Redis, loads the demo district, and serves its 2025 disclosure to a
 * client-credentials token; pointed at a real database it refuses to load the public demo secret.
 */
class RunCommandTest {

    @Test
    void withNothingConfiguredItServesTheDemoDistrictFromEmbeddedServices() throws Exception {
        try (PlatformProcess platform = PlatformProcess.start()) {
            assertThat(platform.awaitHealthy(Duration.ofMinutes(3))).as("healthy; output:%n%s", platform.output()).isTrue();
            assertThat(platform.output()).contains("Demo district lunan loaded");

            TestHttp http = TestHttp.of(TestHttp.localhost(platform.port));
            var tokenResponse = http.send(http.formRequest("/oauth2/token", Map.of("grant_type", "client_credentials"))
                    .header("Authorization", TestHttp.basic("lunan-api", "lunan-demo-secret")));
            assertThat(tokenResponse.statusCode()).isEqualTo(200);
            String token = TestHttp.json(tokenResponse.body()).get("access_token").asString();

            var disclosure = http.send(http.request("/api/v1/disclosures/202/2025").header("Authorization", "Bearer " + token));
            assertThat(disclosure.statusCode()).isEqualTo(200);
            JsonNode body = TestHttp.json(disclosure.body());
            assertThat(body.get("district").get("name").asString()).isEqualTo("唐山市路南区");
            assertThat(body.get("projects").get(3).get("name").asString()).isEqualTo("区12345政务服务便民热线整合优化工作经费");
            assertThat(body.get("goals").get("itemized")).hasSize(6);

            var anonymous = http.send(http.request("/api/v1/disclosures/202/2025"));
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
}
