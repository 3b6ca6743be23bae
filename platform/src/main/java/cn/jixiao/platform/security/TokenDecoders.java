package cn.jixiao.platform.security;

import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * How a bearer token is verified: RS256 signature by the issuer's key, the issuer, the audience,
 * and expiry / not-before (60 s clock skew), whether the token is ours or an external issuer's.
 */
final class TokenDecoders {

    /** A JWKS endpoint that hangs must not hold request threads for long. */
    private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(5);

    private TokenDecoders() {
    }

    /** Tokens of our own authorization server, checked against our stored keys (once per token: {@link VerifiedTokens}). */
    static JwtDecoder ours(JWKSet verificationKeys, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(verificationKeys)).build();
        decoder.setJwtValidator(validator(issuer, audience));
        return new VerifiedTokens(decoder);
    }

    /** Tokens of a district's own issuer, checked against the keys its JWKS endpoint publishes (cached by Nimbus). */
    static JwtDecoder external(TrustedIssuer trusted) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(JWKS_TIMEOUT);
        requests.setReadTimeout(JWKS_TIMEOUT);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(trusted.jwkSetUri())
                .restOperations(new RestTemplate(requests))
                .build();
        decoder.setJwtValidator(validator(trusted.issuer(), trusted.audience()));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        var type = new JwtTypeValidator("JWT", "at+jwt"); // RFC 9068 access tokens, or plain JWTs
        type.setAllowEmpty(true);
        var timestamps = new JwtTimestampValidator();
        timestamps.setAllowEmptyExpiryClaim(false); // a token that never expires is not accepted
        return JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience),
                type, timestamps);
    }
}
