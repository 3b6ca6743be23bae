package cn.jixiao.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.platform.testing.Api;

/** {@code /actuator/health} is UP only while both PostgreSQL and Redis answer. */
class HealthTest {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithBothServices {

        @LocalServerPort
        int port;

        @Test
        void isUpWithDatabaseAndRedisUp() {
            var response = new Api(port).get("/actuator/health", null);
            assertThat(response.statusCode()).isEqualTo(200);
            var health = Api.json(response.body());
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("redis").get("status").asString()).isEqualTo("UP");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"spring.data.redis.url=redis://127.0.0.1:1", "jixiao.jobs.workers=0"})
    class WithRedisUnreachable {

        @LocalServerPort
        int port;

        @Test
        void isDown() {
            var response = new Api(port).get("/actuator/health", null);
            assertThat(response.statusCode()).isEqualTo(503);
            var health = Api.json(response.body());
            assertThat(health.get("status").asString()).isEqualTo("DOWN");
            assertThat(health.get("components").get("redis").get("status").asString()).isEqualTo("DOWN");
            assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        }
    }
}
