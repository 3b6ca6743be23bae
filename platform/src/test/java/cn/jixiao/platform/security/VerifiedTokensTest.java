package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

/** A token is verified once while it is valid; refusals and expired tokens are never kept. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();

    private Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("lunan-api")
                .issuedAt(Instant.now().minusSeconds(10)).expiresAt(expiresAt).build();
    }

    @Test
    void aValidTokenIsVerifiedOnce() {
        var tokens = new VerifiedTokens(t -> {
            verifications.incrementAndGet();
            return jwt(t, Instant.now().plusSeconds(600));
        });
        Jwt first = tokens.decode("a.b.c");
        assertThat(tokens.decode("a.b.c")).isSameAs(first);
        assertThat(verifications).hasValue(1);
        tokens.decode("d.e.f");
        assertThat(verifications).as("another token is verified itself").hasValue(2);
    }

    @Test
    void aRefusedTokenIsAskedAgainEveryTime() {
        var tokens = new VerifiedTokens(t -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        });
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenPastItsExpiryIsNotKept() {
        // the verifier allows 60 s of clock skew: a token just expired may pass it, but is not kept
        var tokens = new VerifiedTokens(t -> {
            verifications.incrementAndGet();
            return jwt(t, Instant.now().minusSeconds(5));
        });
        tokens.decode("late");
        tokens.decode("late");
        assertThat(verifications).hasValue(2);
    }
}
