package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The platform against PostgreSQL and Redis that fail under it: each test stops and starts the
 * test's own servers during traffic and says what clients saw and that nothing was lost.
 */
class FaultsTest {

    private static Backends backends;
    private static PlatformProcess platform;
    private static DemoApi api;

    @BeforeAll
    static void start() throws Exception {
        backends = Backends.start();
        int port = ServiceProcesses.freePort();
        platform = PlatformProcess.startOn(port, backends.platformArgs("solo", "http://127.0.0.1:" + port));
        assertThat(platform.awaitHealthy(Duration.ofMinutes(10))).as("healthy; output:%n%s", platform.output()).isTrue();
        api = DemoApi.signIn("http://127.0.0.1:" + port); // the issuer's host: the sign-in flow stays on it
        api.addDepartmentsLikeTheSeed(backends.superuserUrl(), 3);
    }

    @AfterAll
    static void stop() throws Exception {
        try (Backends services = backends) {
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Test
    void redisStoppedDuringABatchHealthSaysDownStoredDocumentsStillServeSignInIsRefusedInChineseAndTheBatchResumes()
            throws Exception {
        var stored = api.get("/api/v1/disclosures/202/2025/document.html");
        assertThat(stored.statusCode()).isEqualTo(200);
        String job = api.startBatch();
        await("a first task done").atMost(Duration.ofMinutes(5)).until(() -> tasks(job).contains("DONE"));

        backends.redis.stopServer();
        try {
            var health = api.http.send(api.http.request("/actuator/health"));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(TestHttp.json(health.body()).get("components").get("redis").get("status").asString()).isEqualTo("DOWN");

            var again = api.get("/api/v1/disclosures/202/2025/document.html");
            assertThat(again.statusCode()).as("a stored document needs no Redis: %s", again.body()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(stored.body());
            assertThat(api.get(job).statusCode()).as("the batch's progress is read from PostgreSQL").isEqualTo(200);

            TestHttp browser = TestHttp.withCookies(api.http.base());
            HttpResponse<String> signIn = browser.send(browser.request("/app").header("Accept", "text/html"));
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body()).contains("服务暂时不可用", "会话与任务队列服务（Redis）暂时无法连接", "登录");
            HttpResponse<String> post = browser.send(browser.formRequest("/login",
                    Map.of("tenant", "lunan", "username", "admin", "password", "jixiao-demo-pass")).header("Accept", "text/html"));
            assertThat(post.statusCode()).isEqualTo(503);
            assertThat(post.body()).contains("会话与任务队列服务（Redis）暂时无法连接");
            Thread.sleep(2_000); // the workers fail to reach the queue meanwhile
        } finally {
            backends.redis.startServer();
        }

        await("the batch finished after Redis came back").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> TestHttp.json(api.get(job).body()).get("finishedAt") != null
                        && !TestHttp.json(api.get(job).body()).get("finishedAt").isNull());
        assertThat(tasks(job)).as("every task done, none failed").containsOnly("DONE").hasSize(3 + 1 + 1);
        long departments = backends.count("select count(*) from department");
        assertThat(backends.count("select count(*) from rendered_document"))
                .as("three documents per department and of the volume, each once").isEqualTo(3 * (departments + 1));
        assertThat(platform.awaitHealthy(Duration.ofSeconds(30))).isTrue();
        HttpResponse<String> signIn = SignIn.through(api.http.base(), "admin");
        assertThat(signIn.statusCode()).as("signed in again once Redis is back").isEqualTo(200);
    }

    @Test
    void postgresRestartedDuringTrafficRequestsFailFastWith503ThePoolRecoversAndNoRevisionIsHalfWritten() throws Exception {
        long revisionsBefore = backends.count("select count(*) from revision");
        AtomicBoolean running = new AtomicBoolean(true);
        List<Saved> saves = new java.util.concurrent.CopyOnWriteArrayList<>(); // the writer adds, the test reads
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                saves.add(saveOnce());
            }
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> saves.stream().anyMatch(s -> s.status == 200));

            backends.postgres.stopServer();
            List<Long> downMillis = new ArrayList<>();
            HttpResponse<String> refused;
            try {
                long start = System.nanoTime();
                refused = api.get("/api/v1/disclosures/202/2025");
                downMillis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(refused.statusCode()).as("while PostgreSQL is down: %s", refused.body()).isEqualTo(503);
                JsonNode problem = TestHttp.json(refused.body());
                assertThat(problem.get("title").asString()).isEqualTo("服务暂时不可用");
                assertThat(problem.get("detail").asString()).contains("数据库暂时无法连接");
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(downMillis.get(0)).as("failed fast, not hung (Hikari's connection timeout is 3 s)").isLessThan(10_000);
                await().atMost(Duration.ofSeconds(30)).until(() -> saves.stream().anyMatch(s -> s.status == 503));
            } finally {
                backends.postgres.startServer();
            }

            await("the pool reconnected by itself").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get("/api/v1/disclosures/202/2025").statusCode() == 200);
            long okBefore = saves.stream().filter(s -> s.status == 200).count();
            await("writes succeed again").atMost(Duration.ofSeconds(30))
                    .until(() -> saves.stream().filter(s -> s.status == 200).count() > okBefore);
        } finally {
            // stopped whatever happens: a writer left running changes the disclosure under the next test
            running.set(false);
        }
        writer.get();

        assertThat(saves).extracting(s -> s.status).as("what the writer saw: saved, or refused with 503; nothing else")
                .containsOnly(200, 503);
        long saved = saves.stream().filter(s -> s.status == 200).count();
        assertThat(backends.count("select count(*) from revision") - revisionsBefore)
                .as("one revision per 200, none for a refused save").isEqualTo(saved);
        assertThat(backends.count("""
                select count(*) from revision r
                cross join lateral (select r.manifest ->> 'goals' as hash
                                    union all select jsonb_array_elements_text(r.manifest -> 'projects')) m
                where not exists (select 1 from content_part p where p.tenant_id = r.tenant_id and p.hash = m.hash)"""))
                .as("every part of every revision's manifest is stored").isZero();
        assertThat(backends.count("""
                select count(*) from disclosure d
                where d.revision_no <> (select max(r.revision_no) from revision r
                                        where r.tenant_id = d.tenant_id and r.disclosure_id = d.id)"""))
                .as("each disclosure points at its newest revision").isZero();
        JsonNode current = TestHttp.json(api.get("/api/v1/disclosures/202/2025").body());
        assertThat(current.get("revision").get("number").asInt()).isEqualTo(saves.stream().filter(s -> s.status == 200)
                .mapToInt(s -> s.revision).max().orElseThrow());
    }

    private record Saved(int status, int revision) {
    }

    private static Saved saveOnce() {
        try {
            var read = api.get("/api/v1/disclosures/202/2025");
            if (read.statusCode() != 200) {
                return new Saved(read.statusCode(), 0);
            }
            JsonNode disclosure = TestHttp.json(read.body());
            var body = DemoApi.putBody(disclosure, disclosure.get("revision").get("number").asInt());
            var project = (tools.jackson.databind.node.ObjectNode) body.get("projects").get(0);
            project.put("purpose", "断电演练 " + System.nanoTime());
            var response = api.send("PUT", "/api/v1/disclosures/202/2025", body.toString());
            return new Saved(response.statusCode(), response.statusCode() == 200
                    ? TestHttp.json(response.body()).get("revision").get("number").asInt() : 0);
        } catch (java.io.UncheckedIOException e) {
            return new Saved(-1, 0);
        }
    }

    private static List<String> tasks(String job) {
        List<String> statuses = new ArrayList<>();
        TestHttp.json(api.get(job).body()).get("tasks").forEach(t -> statuses.add(t.get("status").asString()));
        return statuses;
    }
}
