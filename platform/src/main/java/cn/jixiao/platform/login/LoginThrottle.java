package cn.jixiao.platform.login;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed-login counters in Redis, shared by every instance: an account is locked after
 * {@code maxFailures} wrong passwords within the window, and one address may try only
 * {@code maxAttemptsPerAddress} logins a minute whatever the account.
 */
@Component
class LoginThrottle {

    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);

    private final StringRedisTemplate redis;
    private final int maxFailures;
    private final Duration lockout;
    private final int maxAttemptsPerAddress;

    LoginThrottle(StringRedisTemplate redis,
                  @Value("${jixiao.login.max-failures:5}") int maxFailures,
                  @Value("${jixiao.login.lockout:15m}") Duration lockout,
                  @Value("${jixiao.login.max-attempts-per-address:30}") int maxAttemptsPerAddress) {
        this.redis = redis;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.maxAttemptsPerAddress = maxAttemptsPerAddress;
    }

    /** Counts an attempt from an address; false when the address has tried too often this minute. */
    boolean admitAddress(String address) {
        return increment("jixiao:login:address:" + address, ADDRESS_WINDOW) <= maxAttemptsPerAddress;
    }

    boolean isLocked(String tenantSlug, String username) {
        String count = redis.opsForValue().get(accountKey(tenantSlug, username));
        return count != null && Long.parseLong(count) >= maxFailures;
    }

    void recordFailure(String tenantSlug, String username) {
        increment(accountKey(tenantSlug, username), lockout);
    }

    void reset(String tenantSlug, String username) {
        redis.delete(accountKey(tenantSlug, username));
    }

    long lockoutMinutes() {
        return lockout.toMinutes();
    }

    private long increment(String key, Duration window) {
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, window); // the window starts at the first attempt
        }
        return count == null ? 0 : count;
    }

    private static String accountKey(String tenantSlug, String username) {
        return "jixiao:login:failures:" + tenantSlug + ":" + username.toLowerCase(java.util.Locale.ROOT);
    }
}
