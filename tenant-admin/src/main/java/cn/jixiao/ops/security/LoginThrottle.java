package cn.jixiao.ops.security;

import java.util.Locale;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.jixiao.ops.OpsProperties;

/**
 * Counts failed logins per username in Redis, shared by every tenant-admin instance: after
 * {@code maxFailures} within {@code window} the username is locked until the window runs out
 * (the window starts at the first failure).
 */
@Component
public class LoginThrottle {

    private final StringRedisTemplate redis;
    private final OpsProperties.LoginThrottle settings;

    LoginThrottle(StringRedisTemplate redis, OpsProperties properties) {
        this.redis = redis;
        this.settings = properties.loginThrottle();
    }

    public boolean isLocked(String username) {
        String count = redis.opsForValue().get(key(username));
        return count != null && Long.parseLong(count) >= settings.maxFailures();
    }

    public void recordFailure(String username) {
        String key = key(username);
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, settings.window());
        }
    }

    public void reset(String username) {
        redis.delete(key(username));
    }

    /** The lock message, in Chinese, naming how long the lock lasts. */
    public String lockedMessage() {
        return "登录失败次数过多（" + settings.window().toMinutes() + " 分钟内 " + settings.maxFailures()
                + " 次），该账号已暂时锁定，请 " + settings.window().toMinutes() + " 分钟后再试。";
    }

    private String key(String username) {
        return settings.keyPrefix() + ":" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }
}
