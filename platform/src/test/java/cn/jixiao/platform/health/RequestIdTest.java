package cn.jixiao.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each response names its request id: the proxy's when it is a plain token, a new one otherwise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestIdTest {

    @LocalServerPort
    int port;

    @Test
    void theRequestIdIsKeptWhenPlainAndReplacedWhenNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        var given = http.send(HttpRequest.newBuilder(health).header("X-Request-Id", "nginx-7f3a.42").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(given.headers().firstValue("X-Request-Id")).contains("nginx-7f3a.42");
        var hostile = http.send(HttpRequest.newBuilder(health).header("X-Request-Id", "a b\u00e9<script>").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(hostile.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        var none = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(none.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }
}
