package cn.jixiao.platform.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * One rendering per content key across all platform instances: whoever takes the Redis lock of a
 * key renders; the others wait for the stored result instead of rendering it again. The lock is a
 * short lease the holder renews while it renders, so the lock of a killed instance frees within a
 * lease and another instance renders instead of waiting out the longest rendering.
 */
@Component
class RenderLocks {

    private static final DefaultRedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", Long.class);
    private static final DefaultRedisScript<Long> RENEW = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end", Long.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final StringRedisTemplate redis;
    private final Duration hold;
    private final Duration lease;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "render-lock-renewal");
        thread.setDaemon(true);
        return thread;
    });

    RenderLocks(StringRedisTemplate redis, PdfProperties pdf, @Value("${jixiao.publish.render-lock-lease:15s}") Duration lease) {
        this.redis = redis;
        // the longest a waiter waits for another's rendering: the queue, a conversion and its one retry
        this.hold = pdf.queueTimeout().plus(pdf.taskTimeout().multipliedBy(2)).plusMinutes(1);
        this.lease = lease;
    }

    /**
     * Returns what {@code stored} finds, or else renders with {@code render} while holding the key's
     * lock; while another instance holds it, waits for its result.
     */
    byte[] once(String lockKey, Supplier<Optional<byte[]>> stored, Supplier<byte[]> render) {
        String key = "jixiao:render-lock:" + lockKey;
        String token = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(hold);
        while (true) {
            Optional<byte[]> done = stored.get();
            if (done.isPresent()) {
                return done.get();
            }
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, lease))) {
                ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> renew(key, token),
                        lease.toMillis() / 3, lease.toMillis() / 3, TimeUnit.MILLISECONDS);
                try {
                    return stored.get().orElseGet(render);
                } finally {
                    renewal.cancel(false);
                    redis.execute(RELEASE, List.of(key), token);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("等待其他实例生成文档超时：" + lockKey);
            }
            sleep();
        }
    }

    private void renew(String key, String token) {
        try {
            redis.execute(RENEW, List.of(key), token, String.valueOf(lease.toMillis()));
        } catch (RuntimeException e) {
            // Redis away for a moment: the next beat tries again; at worst another instance renders too
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rendering", e);
        }
    }
}
