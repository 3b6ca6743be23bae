package cn.jixiao.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * A {@link JwtDecoder} that verifies a token once and keeps the result until the token expires (at most
 * {@link #LONGEST}): an API client repeats the same bearer token on every request, and checking its RS256
 * signature and claims again each time buys nothing. Failures are never kept. A key withdrawn from
 * {@link SigningKeys} stops tokens it signed from being accepted within {@link #LONGEST}.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration LONGEST = Duration.ofMinutes(5);
    private static final long MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> until(jwt.getExpiresAt())))
            .build();

    VerifiedTokens(JwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return verified.get(token, verifier::decode);
    }

    private static Duration until(Instant expiresAt) {
        Duration left = Duration.between(Instant.now(), expiresAt); // the verifier refuses tokens without expiry
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) > 0 ? LONGEST : left;
    }
}
