package cn.jixiao.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus scrapes {@code /actuator/prometheus} from this machine (or the configured monitoring
 * addresses): requests, the database pool, the job queue's depth and task durations; a client
 * from elsewhere (here: through the local proxy, as X-Forwarded-For says) is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsEndpointTest {

    @LocalServerPort
    int port;

    @Test
    void theScraperOnThisMachineReadsTheMetricsAndTheInternetDoesNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> local = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("jixiao_jobs_queue_depth", "hikaricp_connections_active", "http_server_requests_seconds",
                "jvm_memory_used_bytes", "jixiao_portal_stored_pages_seconds_count");

        HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(outside.statusCode()).isIn(401, 403);
        assertThat(outside.body()).doesNotContain("jixiao_jobs_queue_depth");
    }
}
