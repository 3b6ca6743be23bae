package cn.jixiao.platform.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.identity.SetupTokens;

/**
 * The authorization server's authorizations (pending code requests, codes, issued tokens) in Redis,
 * each kept only until its last token expires: memory stays bounded however many tokens are issued,
 * and a code issued by one instance can be redeemed at another. Token values are looked up by their
 * SHA-256, never stored as keys. Values are Java-serialized (the server's classes are Serializable)
 * and read back through an allow-list filter.
 */
@Component
class RedisAuthorizationService implements OAuth2AuthorizationService {

    /** For an authorization that has no token yet (a code request waiting for the user to sign in). */
    private static final Duration PENDING = Duration.ofMinutes(10);
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;java.**;org.springframework.**;cn.jixiao.**;!*");
    private static final String PREFIX = "jixiao:authorization:";

    private final StringRedisTemplate redis;

    RedisAuthorizationService(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Duration ttl = timeToLive(authorization);
        remove(authorization); // a re-save may have dropped a token: drop its index too
        redis.opsForValue().set(PREFIX + "id:" + authorization.getId(), serialize(authorization), ttl);
        for (Map.Entry<String, String> index : indexes(authorization).entrySet()) {
            redis.opsForValue().set(index.getKey(), authorization.getId(), ttl);
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        OAuth2Authorization stored = findById(authorization.getId());
        List<String> keys = new ArrayList<>(indexes(authorization).keySet());
        if (stored != null) {
            keys.addAll(indexes(stored).keySet());
        }
        keys.add(PREFIX + "id:" + authorization.getId());
        redis.delete(keys);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        String value = redis.opsForValue().get(PREFIX + "id:" + id);
        return value == null ? null : deserialize(value);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        List<String> types = tokenType == null
                ? List.of(OAuth2ParameterNames.STATE, OAuth2ParameterNames.CODE, OAuth2TokenType.ACCESS_TOKEN.getValue(),
                        OAuth2TokenType.REFRESH_TOKEN.getValue())
                : List.of(tokenType.getValue());
        for (String type : types) {
            String id = redis.opsForValue().get(indexKey(type, token));
            if (id != null) {
                return findById(id);
            }
        }
        return null;
    }

    private static Map<String, String> indexes(OAuth2Authorization authorization) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
        if (state != null) {
            keys.put(indexKey(OAuth2ParameterNames.STATE, state), state);
        }
        index(keys, OAuth2ParameterNames.CODE, authorization.getToken(OAuth2AuthorizationCode.class));
        index(keys, OAuth2TokenType.ACCESS_TOKEN.getValue(), authorization.getToken(OAuth2AccessToken.class));
        index(keys, OAuth2TokenType.REFRESH_TOKEN.getValue(), authorization.getToken(OAuth2RefreshToken.class));
        return keys;
    }

    private static void index(Map<String, String> keys, String type, OAuth2Authorization.Token<? extends OAuth2Token> token) {
        if (token != null) {
            keys.put(indexKey(type, token.getToken().getTokenValue()), type);
        }
    }

    private static String indexKey(String type, String value) {
        return PREFIX + type + ":" + SetupTokens.hash(value);
    }

    private static Duration timeToLive(OAuth2Authorization authorization) {
        Instant latest = null;
        for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
                OAuth2RefreshToken.class)) {
            var token = authorization.getToken(type);
            Instant expires = token == null ? null : token.getToken().getExpiresAt();
            if (expires != null && (latest == null || expires.isAfter(latest))) {
                latest = expires;
            }
        }
        if (latest == null) {
            return PENDING;
        }
        Duration left = Duration.between(Instant.now(), latest);
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private static String serialize(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new UncheckedIOException("authorization not serializable", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static OAuth2Authorization deserialize(String value) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value)))) {
            in.setObjectInputFilter(ALLOWED);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("stored authorization unreadable", e);
        }
    }
}
