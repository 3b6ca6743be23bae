package cn.jixiao.platform.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer         the embedded authorization server's issuer URL, also checked in every JWT
 * @param audience       the audience every API token must carry
 * @param accessTokenTtl lifetime of client-credentials access tokens
 */
@ConfigurationProperties("jixiao.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:8080") URI issuer,
        @DefaultValue("jixiao-api") String audience,
        @DefaultValue("15m") Duration accessTokenTtl) {
}
