package cn.jixiao.platform.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.security.SecurityProperties;
import cn.jixiao.platform.security.TenantClaims;

/**
 * Users' tokens as the application would issue them: claims {@code tenant_id}, {@code role},
 * {@code units} (unit editors) and the role's scopes, our issuer and audience, signed with the
 * application's own key (its {@link JWKSource}). For tests that act as district users.
 */
public final class UserTokens {

    private final JWKSource<SecurityContext> keys;
    private final SecurityProperties properties;

    public UserTokens(JWKSource<SecurityContext> keys, SecurityProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    /** A token of a user of {@code tenant} with {@code role}; {@code units} are a unit editor's unit codes. */
    public String mint(UUID tenant, Role role, String... units) {
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer().toString())
                .subject(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8))
                .audience(List.of(properties.audience()))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim(TenantClaims.TENANT_ID, tenant.toString())
                .claim(TenantClaims.ROLE, role.name())
                .claim("scope", List.copyOf(role.scopes()));
        if (role == Role.UNIT_EDITOR) {
            claims.claim(TenantClaims.UNITS, List.of(units));
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKey().getKeyID()).build();
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** The application's RSA signing key (the first, should it hold several). */
    private JWK signingKey() {
        try {
            List<JWK> found = keys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).privateOnly(true).build()), null);
            if (found.isEmpty()) {
                throw new IllegalStateException("the application has no RSA signing key");
            }
            return found.get(0);
        } catch (KeySourceException e) {
            throw new IllegalStateException(e);
        }
    }
}
