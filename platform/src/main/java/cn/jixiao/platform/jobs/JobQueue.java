package cn.jixiao.platform.jobs;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.ListOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.jobs.JobQueueKeys;
import cn.jixiao.platform.instance.PlatformInstance;

/**
 * The shared work queue in Redis. A claimed task moves atomically (BLMOVE) from the queue to this
 * instance's processing list and leaves it only when done, so a crashed instance loses nothing:
 * once its heartbeat key expires, {@link #recoverOrphans} (run by any live instance) moves its
 * claimed tasks back to the queue. Key layout (one hash tag): {@link JobQueueKeys}.
 */
@Component
class JobQueue {

    private final StringRedisTemplate redis;
    private final JobProperties properties;
    private final JobQueueKeys keys;
    private final String startedAt;
    final String instanceId;
    private volatile Set<String> previousStrays = Set.of();

    JobQueue(StringRedisTemplate redis, JobProperties properties, PlatformInstance instance) {
        this.redis = redis;
        this.properties = properties;
        this.keys = new JobQueueKeys(properties.keyPrefix());
        this.instanceId = instance.id();
        this.startedAt = instance.startedAt().toString();
    }

    void enqueue(TaskRef task) {
        redis.opsForList().rightPush(queueKey(), task.encode());
    }

    /** Waits up to {@code timeout} for a task and claims it for this instance. */
    Optional<TaskRef> claim(Duration timeout) {
        String claimed = redis.opsForList().move(ListOperations.MoveFrom.fromHead(queueKey()),
                ListOperations.MoveTo.toTail(processingKey(instanceId)), timeout);
        return Optional.ofNullable(claimed).map(TaskRef::decode);
    }

    /** The task is finished (done or failed for good): drop it from this instance's claims. */
    void acknowledge(TaskRef task) {
        redis.opsForList().remove(processingKey(instanceId), 1, task.encode());
    }

    /** Gives a claimed task back to the queue for another attempt. */
    void release(TaskRef task) {
        enqueue(task);
        acknowledge(task);
    }

    void heartbeat() {
        redis.opsForValue().set(aliveKey(instanceId), startedAt, properties.heartbeat().multipliedBy(3));
        redis.opsForSet().add(instancesKey(), instanceId);
    }

    /**
     * Puts back this instance's claims that no worker of it holds ({@code inFlight}) and that were
     * already stray at the previous call: a claim whose answer was lost, or a task whose release
     * failed, while Redis was away. Twice, so a task just claimed is never taken from its worker.
     * A task delivered twice is done once (the worker checks its status first).
     */
    int requeueStrays(Set<String> inFlight) {
        List<String> claimed = redis.opsForList().range(processingKey(instanceId), 0, -1);
        Set<String> strays = new HashSet<>(claimed == null ? List.of() : claimed);
        strays.removeAll(inFlight);
        Set<String> again = new HashSet<>(strays);
        again.retainAll(previousStrays);
        for (String task : again) {
            redis.opsForList().rightPush(queueKey(), task);
            redis.opsForList().remove(processingKey(instanceId), 1, task);
        }
        strays.removeAll(again);
        previousStrays = strays;
        return again.size();
    }

    /** Moves the claims of instances whose heartbeat has expired back to the queue; returns how many. */
    int recoverOrphans() {
        int moved = 0;
        Set<String> instances = redis.opsForSet().members(instancesKey());
        for (String instance : instances == null ? Set.<String>of() : instances) {
            if (Boolean.TRUE.equals(redis.hasKey(aliveKey(instance)))) {
                continue;
            }
            String claims = processingKey(instance);
            while (redis.opsForList().move(ListOperations.MoveFrom.fromHead(claims), ListOperations.MoveTo.toTail(queueKey())) != null) {
                moved++;
            }
            redis.opsForSet().remove(instancesKey(), instance);
        }
        return moved;
    }

    String queueKey() {
        return keys.queue();
    }

    String processingKey(String instance) {
        return keys.processing(instance);
    }

    String instancesKey() {
        return keys.instances();
    }

    String aliveKey(String instance) {
        return keys.alive(instance);
    }
}
