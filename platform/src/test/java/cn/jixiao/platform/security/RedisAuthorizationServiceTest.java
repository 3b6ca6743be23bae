package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import cn.jixiao.platform.security.DistrictUserDetails;
import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.login.WebClient;

/** Authorizations in Redis: found by every token they hold, gone when their tokens expire or they are removed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisAuthorizationServiceTest {

    @Autowired
    RedisAuthorizationService authorizations;

    @Autowired
    WebClient webClient;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void anAuthorizationIsFoundByItsStateCodeAndTokenUntilRemoved() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var user = new DistrictUserDetails(UUID.randomUUID(), "lunan", UUID.randomUUID(), "admin", "演示管理员",
                Role.TENANT_ADMIN, List.of());
        String state = "state-" + UUID.randomUUID();
        String code = "code-" + UUID.randomUUID();
        String token = "token-" + UUID.randomUUID();
        OAuth2Authorization authorization = OAuth2Authorization.withRegisteredClient(webClient.registeredClient())
                .principalName("admin")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, state)
                .attribute(Principal.class.getName(), UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()))
                .token(new OAuth2AuthorizationCode(code, now, now.plusSeconds(120)))
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now, now.plusSeconds(1800)))
                .build();

        authorizations.save(authorization);

        assertThat(authorizations.findById(authorization.getId())).isEqualTo(authorization);
        assertThat(authorizations.findByToken(state, new OAuth2TokenType(OAuth2ParameterNames.STATE))).isEqualTo(authorization);
        assertThat(authorizations.findByToken(code, new OAuth2TokenType(OAuth2ParameterNames.CODE))).isEqualTo(authorization);
        assertThat(authorizations.findByToken(token, OAuth2TokenType.ACCESS_TOKEN)).isEqualTo(authorization);
        assertThat(authorizations.findByToken(token, null)).isEqualTo(authorization);
        assertThat(authorizations.findByToken(token, OAuth2TokenType.REFRESH_TOKEN)).isNull();
        Long ttl = redis.getExpire("jixiao:authorization:id:" + authorization.getId());
        assertThat(ttl).as("kept until the access token expires, not longer").isBetween(1700L, 1800L);
        Principal principal = authorizations.findById(authorization.getId()).getAttribute(Principal.class.getName());
        assertThat(((UsernamePasswordAuthenticationToken) principal).getPrincipal()).isEqualTo(user);

        authorizations.remove(authorization);
        assertThat(authorizations.findById(authorization.getId())).isNull();
        assertThat(authorizations.findByToken(code, null)).isNull();
        assertThat(redis.keys("jixiao:authorization:*" )).noneMatch(k -> k.contains(authorization.getId()));
    }
}
