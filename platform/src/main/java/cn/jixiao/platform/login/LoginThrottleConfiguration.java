package cn.jixiao.platform.login;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.jixiao.infra.login.LoginThrottle;

/**
 * The sign-in form's two throttles: an account is locked after {@code max-failures} wrong passwords
 * within the lockout, and one address may try only {@code max-attempts-per-address} logins a minute.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    static final String ACCOUNTS = "accountLoginThrottle";
    static final String ADDRESSES = "addressLoginThrottle";

    @Bean(ACCOUNTS)
    LoginThrottle accountLoginThrottle(StringRedisTemplate redis,
                                       @Value("${jixiao.login.max-failures:5}") int maxFailures,
                                       @Value("${jixiao.login.lockout:15m}") Duration lockout) {
        return new LoginThrottle(redis, "jixiao:login:failures", maxFailures, lockout);
    }

    @Bean(ADDRESSES)
    LoginThrottle addressLoginThrottle(StringRedisTemplate redis,
                                       @Value("${jixiao.login.max-attempts-per-address:30}") int maxAttemptsPerAddress) {
        return new LoginThrottle(redis, "jixiao:login:address", maxAttemptsPerAddress, Duration.ofMinutes(1));
    }
}
