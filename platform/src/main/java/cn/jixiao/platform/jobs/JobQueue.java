package cn.jixiao.platform.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.redis.core.ListOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The shared work queue in Redis. A claimed task moves atomically (BLMOVE) from the queue to this
 * instance's processing list and leaves it only when done, so a crashed instance loses nothing:
 * once its heartbeat key expires, {@link #recoverOrphans} (run by any live instance) moves its
 * claimed tasks back to the queue. Key layout: {@code {<prefix>}:queue}, {@code {<prefix>}:processing:<instance>},
 * {@code {<prefix>}:instances}, {@code {<prefix>}:alive:<instance>} (one hash tag, see {@link #key}).
 */
@Component
class JobQueue {

    private final StringRedisTemplate redis;
    private final JobProperties properties;
    final String instanceId = UUID.randomUUID().toString();

    JobQueue(StringRedisTemplate redis, JobProperties properties) {
        this.redis = redis;
        this.properties = properties;
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
        redis.opsForValue().set(aliveKey(instanceId), "1", properties.heartbeat().multipliedBy(3));
        redis.opsForSet().add(instancesKey(), instanceId);
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
        return key("queue");
    }

    String processingKey(String instance) {
        return key("processing:" + instance);
    }

    String instancesKey() {
        return key("instances");
    }

    String aliveKey(String instance) {
        return key("alive:" + instance);
    }

    /**
     * The prefix in braces is the keys' hash tag: on Redis Cluster they all hash to one slot, so
     * BLMOVE/LMOVE between the queue and the processing lists stay single-slot commands.
     */
    private String key(String suffix) {
        return "{" + properties.keyPrefix() + "}:" + suffix;
    }
}
