package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.jixiao.infra.testing.TestHttp;

/**
 * Two platform instances behind nginx (round-robin, no stickiness) on one PostgreSQL and one Redis:
 * a person works across both, a district batch is split across both, and one instance killed
 * mid-batch costs nothing: the other finishes its tasks, every document stored once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final int EXTRA_DEPARTMENTS = 5;

    private static Backends backends;
    private static PlatformProcess a;
    private static PlatformProcess b;
    private static Nginx nginx;

    @BeforeAll
    static void start() throws Exception {
        backends = Backends.start();
        int portA = ServiceProcesses.freePort();
        int portB = ServiceProcesses.freePort();
        nginx = Nginx.start(portA, portB);
        // one after the other: the first migrates the database and loads the demo district
        a = PlatformProcess.startOn(portA, backends.platformArgs("a", nginx.base()));
        assertThat(a.awaitHealthy(Duration.ofMinutes(10))).as("a healthy; output:%n%s", a.output()).isTrue();
        b = PlatformProcess.startOn(portB, backends.platformArgs("b", nginx.base()));
        assertThat(b.awaitHealthy(Duration.ofMinutes(10))).as("b healthy; output:%n%s", b.output()).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        try (Backends services = backends; Nginx proxy = nginx) {
            for (PlatformProcess instance : new PlatformProcess[] {a, b}) {
                if (instance != null) {
                    instance.close();
                }
            }
        }
    }

    @Test
    @Order(1)
    void aPersonSignsInAndWorksAcrossBothInstances() {
        SignIn person = new SignIn(nginx.base());
        HttpResponse<String> home = person.signIn("admin");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("退出");
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = person.get(i % 2 == 0 ? "/app" : "/app/years/2025");
            assertThat(page.statusCode()).as("still signed in, whichever instance answers").isEqualTo(200);
            assertThat(page.body()).contains("退出");
        }
        Set<String> servedBy = person.responses.stream().map(r -> r.headers().firstValue("X-Jixiao-Instance").orElse("?"))
                .collect(Collectors.toSet());
        assertThat(servedBy).as("the sign-in flow and the pages were served by both instances").containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @Order(2)
    void aBatchIsSplitAcrossBothAndOneKilledMidBatchCostsNothing() throws Exception {
        DemoApi api = DemoApi.signIn(nginx.base());
        api.addDepartmentsLikeTheSeed(backends.superuserUrl(), EXTRA_DEPARTMENTS);
        String job = api.startBatch();
        String jobId = job.substring(job.lastIndexOf('/') + 1);

        await("b finished a task and holds another").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(200))
                .until(() -> finishedBy(jobId).contains("b") && claims("b") > 0);
        b.kill();
        long doneByBAtKill = backends.count("select count(*) from job_task where job_id = '" + jobId + "' and finished_by = 'b'");

        // requests keep working through nginx: the dead instance is skipped
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> read = api.get(job);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.headers().firstValue("X-Jixiao-Instance")).hasValue("a");
        }

        await("a finished the batch, b's claims included").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !TestHttp.json(api.get(job).body()).get("finishedAt").isNull());
        List<List<String>> tasks = backends.rows("select task_key, status, finished_by from job_task where job_id = '" + jobId + "'");
        assertThat(tasks).hasSize(1 + EXTRA_DEPARTMENTS + 1);
        assertThat(tasks).extracting(t -> t.get(1)).as("every task done, none failed").containsOnly("DONE");
        assertThat(tasks).extracting(t -> t.get(2)).as("both instances took tasks").contains("a", "b");
        assertThat(backends.count("select count(*) from job_task where job_id = '" + jobId + "' and finished_by = 'b'"))
                .as("nothing finished by b after it was killed").isEqualTo(doneByBAtKill);
        long departments = backends.count("select count(*) from department");
        assertThat(backends.count("select count(*) from rendered_document"))
                .as("DOCX, PDF and HTML of every department and of the volume, each stored once")
                .isEqualTo(3 * (departments + 1));
        assertThat(backends.count("select count(distinct (content_key, format)) from rendered_document"))
                .isEqualTo(3 * (departments + 1));
        assertThat(a.output()).contains("tasks of stopped instances back on the queue");
    }

    private static Set<String> finishedBy(String jobId) throws Exception {
        return backends.rows("select distinct finished_by from job_task where finished_by is not null and job_id = '" + jobId + "'")
                .stream().map(r -> r.get(0)).collect(Collectors.toSet());
    }

    /** Tasks instance {@code id} has claimed in Redis and not finished. */
    private static long claims(String id) throws Exception {
        return Long.parseLong(ServiceProcesses.run(List.of("redis-cli", "-p", String.valueOf(backends.redis.port),
                "llen", new cn.jixiao.infra.jobs.JobQueueKeys(cn.jixiao.infra.jobs.JobQueueKeys.DEFAULT_PREFIX).processing(id))).trim());
    }
}
