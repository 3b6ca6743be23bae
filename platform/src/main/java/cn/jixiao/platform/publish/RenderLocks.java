package cn.jixiao.platform.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * One rendering per content key across all platform instances: whoever takes the Redis lock of a
 * key renders; the others wait for the stored result instead of rendering it again.
 */
@Component
class RenderLocks {

    private static final DefaultRedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", Long.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final StringRedisTemplate redis;
    private final Duration hold;

    RenderLocks(StringRedisTemplate redis, PdfProperties pdf) {
        this.redis = redis;
        // a crashed holder's lock expires after the longest rendering: the queue, a conversion and its one retry
        this.hold = pdf.queueTimeout().plus(pdf.taskTimeout().multipliedBy(2)).plusMinutes(1);
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
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, hold))) {
                try {
                    return stored.get().orElseGet(render);
                } finally {
                    redis.execute(RELEASE, List.of(key), token);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("等待其他实例生成文档超时：" + lockKey);
            }
            sleep();
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
