package cn.jixiao.infra.login;

import java.time.Duration;
import java.util.Locale;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Counters of login attempts in Redis, shared by every instance of an application: a key is locked
 * after {@code limit} counts within the window, which starts at the first count. Each application
 * configures its own key prefix and limits (per account, per address).
 */
public final class LoginThrottle {

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final int limit;
    private final Duration window;

    /** @param keyPrefix the Redis key prefix; keys are {@code <keyPrefix>:<key, lower-cased>} */
    public LoginThrottle(StringRedisTemplate redis, String keyPrefix, int limit, Duration window) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.limit = limit;
        this.window = window;
    }

    /** True when the key has been counted {@code limit} times in the window. */
    public boolean isLocked(String key) {
        String count = redis.opsForValue().get(redisKey(key));
        return count != null && Long.parseLong(count) >= limit;
    }

    /** Counts a failure against the key. */
    public void recordFailure(String key) {
        increment(redisKey(key));
    }

    /** Counts an attempt; false when it is over the limit in this window. */
    public boolean admit(String key) {
        return increment(redisKey(key)) <= limit;
    }

    public void reset(String key) {
        redis.delete(redisKey(key));
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    private long increment(String redisKey) {
        Long count = redis.opsForValue().increment(redisKey);
        if (count != null && count == 1) {
            redis.expire(redisKey, window); // the window starts at the first count
        }
        return count == null ? 0 : count;
    }

    private String redisKey(String key) {
        return keyPrefix + ":" + (key == null ? "" : key.strip().toLowerCase(Locale.ROOT));
    }
}
