package cn.jixiao.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.jixiao.infra.jobs.TaskStatus;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;

/** The Redis-queued job machinery against real Redis and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobsTest {

    @Autowired
    Jobs jobs;

    @Autowired
    JobQueue queue;

    @Autowired
    RecordingJobHandler handler;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JobStore store;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    org.springframework.transaction.support.TransactionTemplate tx;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        tx = new org.springframework.transaction.support.TransactionTemplate(txManager);
    }

    @LocalServerPort
    int port;

    @Test
    void everyTaskRunsOnceForItsTenantAndFailuresAreReportedWithoutStoppingTheRest() throws Exception {
        String slug = Slugs.unique("jobs");
        TenantId tenant = new TenantId(TestTenants.create(slug, "jobs-secret", "disclosures.read", "disclosures.write"));
        List<String> keys = IntStream.rangeClosed(1, 12).mapToObj(i -> "t" + i).collect(java.util.stream.Collectors.toList());
        keys.add(5, "fail-me");

        UUID jobId = CurrentTenant.callAs(tenant, "test", () -> jobs.submit(RecordingJobHandler.KIND, Map.of("p", "x"), keys));
        JobView job = awaitFinished(tenant, jobId);

        assertThat(job.total()).isEqualTo(13);
        assertThat(job.done()).isEqualTo(12);
        assertThat(job.failed()).isEqualTo(1);
        JobView.Task failed = job.tasks().get(5);
        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.error()).isEqualTo("故意失败：fail-me");
        assertThat(job.tasks().get(0).result()).containsEntry("echo", "t1").containsEntry("param", "x");
        for (String key : keys.stream().filter(k -> !k.startsWith("fail")).toList()) {
            assertThat(handler.runs).as("runs of %s", key).containsOnlyOnce(tenant + "/" + key);
        }

        var api = new Api(port);
        var response = api.get("/api/v1/jobs/" + jobId, api.token(slug + "-api", "jobs-secret"));
        assertThat(response.statusCode()).isEqualTo(200);
        var body = Api.json(response.body());
        assertThat(body.get("status").asString()).isEqualTo("FINISHED_WITH_FAILURES");
        assertThat(body.get("done").asInt()).isEqualTo(12);
        assertThat(body.get("total").asInt()).isEqualTo(13);

        String otherSlug = Slugs.unique("jobs-other");
        TestTenants.create(otherSlug, "other-secret", "disclosures.read");
        assertThat(api.get("/api/v1/jobs/" + jobId, api.token(otherSlug + "-api", "other-secret")).statusCode())
                .as("another district cannot see the job").isEqualTo(404);
    }

    @Test
    void tasksClaimedByACrashedInstanceAreRecoveredAndDoneOnce() throws Exception {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("crash"), "x"));
        // a job whose only task a now-dead instance had claimed: in its processing list, no heartbeat
        UUID jobId = CurrentTenant.callAs(tenant, "test", () -> tx.execute(s ->
                store.create(RecordingJobHandler.KIND, Map.of(), List.of("orphan"), "test")));
        TaskRef orphan = new TaskRef(tenant, jobId, "orphan");
        redis.opsForSet().add(queueKeyPrefix() + ":instances", "dead-instance");
        redis.opsForList().rightPush(queue.processingKey("dead-instance"), orphan.encode());
        // any live instance's housekeeping, or this call, puts it back on the queue
        queue.recoverOrphans();
        assertThat(redis.opsForList().size(queue.processingKey("dead-instance"))).isZero();
        assertThat(redis.opsForSet().isMember(queueKeyPrefix() + ":instances", "dead-instance")).isFalse();
        assertThat(awaitFinished(tenant, jobId).done()).isEqualTo(1);

        queue.enqueue(orphan); // delivered again, e.g. recovered twice
        await("a worker took the second delivery and acknowledged it").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> !queuedOrClaimed(orphan));
        assertThat(handler.runs).as("a finished task delivered again is not redone").containsOnlyOnce(tenant + "/orphan");
    }

    @Test
    void aClaimOfThisLiveInstanceThatNoWorkerRunsIsPutBackAtTheSecondLookAndDoneOnce() throws Exception {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("stray"), "x"));
        // claimed by this very instance, but no worker has it: its release failed while Redis was away
        UUID jobId = CurrentTenant.callAs(tenant, "test", () -> tx.execute(s ->
                store.create(RecordingJobHandler.KIND, Map.of(), List.of("stray"), "test")));
        TaskRef stray = new TaskRef(tenant, jobId, "stray");
        redis.opsForList().rightPush(queue.processingKey(queue.instanceId), stray.encode());

        assertThat(awaitFinished(tenant, jobId).done()).as("housekeeping (every 5 s) put it back").isEqualTo(1);
        assertThat(handler.runs).containsOnlyOnce(tenant + "/stray");
        assertThat(queuedOrClaimed(stray)).isFalse();
        assertThat(queue.requeueStrays(java.util.Set.of())).as("nothing left to put back").isZero();
    }

    @Test
    void aTaskAWorkerIsRunningIsNeverTakenFromIt() {
        // a claim of this instance for a job that does not exist (a worker that gets it drops it)
        String running = new TaskRef(new TenantId(UUID.randomUUID()), UUID.randomUUID(), "running").encode();
        String claims = queue.processingKey(queue.instanceId);
        redis.opsForList().rightPush(claims, running);
        try {
            assertThat(queue.requeueStrays(java.util.Set.of(running))).isZero();
            assertThat(queue.requeueStrays(java.util.Set.of(running))).as("in flight at both looks").isZero();
            assertThat(redis.opsForList().range(claims, 0, -1)).contains(running);
            assertThat(redis.opsForList().range(queue.queueKey(), 0, -1)).doesNotContain(running);
        } finally {
            redis.opsForList().remove(claims, 0, running);
        }
    }

    @Test
    void resumeRequeuesPendingTasksAfterTheQueueLostThem() throws Exception {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("resume"), "x"));
        // rows committed, but the queue never got the tasks (as after a Redis restart)
        UUID jobId = CurrentTenant.callAs(tenant, "test", () -> tx.execute(s ->
                store.create(RecordingJobHandler.KIND, Map.of(), List.of("a", "b"), "test")));
        // the workers are taking work: a job queued after it is done, and still nothing of this one is
        UUID later = CurrentTenant.callAs(tenant, "test", () -> jobs.submit(RecordingJobHandler.KIND, Map.of(), List.of("later")));
        assertThat(awaitFinished(tenant, later).done()).isEqualTo(1);
        assertThat(CurrentTenant.callAs(tenant, "test", () -> jobs.find(jobId)).orElseThrow().done()).isZero();

        assertThat(CurrentTenant.callAs(tenant, "test", () -> jobs.resume(jobId))).isEqualTo(2);
        assertThat(awaitFinished(tenant, jobId).done()).isEqualTo(2);
        assertThat(CurrentTenant.callAs(tenant, "test", () -> jobs.resume(jobId))).as("nothing pending").isZero();
    }

    private String queueKeyPrefix() {
        return queue.queueKey().substring(0, queue.queueKey().lastIndexOf(':'));
    }

    /** On the shared queue or in any instance's claims (every test context here runs workers). */
    private boolean queuedOrClaimed(TaskRef task) {
        var lists = new java.util.ArrayList<>(redis.keys(queueKeyPrefix() + ":processing:*"));
        lists.add(queue.queueKey());
        return lists.stream().anyMatch(list -> redis.opsForList().range(list, 0, -1).contains(task.encode()));
    }

    private JobView awaitFinished(TenantId tenant, UUID jobId) {
        return await("job " + jobId + " finished").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> CurrentTenant.callAs(tenant, "test", () -> jobs.find(jobId)).orElseThrow(), JobView::finished);
    }
}
