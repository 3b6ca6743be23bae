package cn.jixiao.platform.security;

import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Picks how a bearer token is authenticated from its (not yet verified) issuer, for
 * {@link JwtIssuerAuthenticationManagerResolver}:
 * <ul>
 * <li>our own issuer: our keys, issuer, audience and expiry, then {@link TenantJwtConverter};</li>
 * <li>an issuer exactly one district trusts ({@link TrustedIssuers}): that issuer's JWKS, issuer,
 * audience and expiry, then {@link ExternalUserConverter} bound to that district;</li>
 * <li>anything else: none, which Spring answers with 401 {@code invalid_token}.</li>
 * </ul>
 * A district's issuer settings are kept for {@code jixiao.security.external-issuer-cache-ttl}
 * (default 2 minutes): operators' changes to {@code tenant_identity_provider} apply within that
 * time on every instance. Users, roles, units and suspension are read on every request.
 */
@Component
class IssuerAuthenticationManagers implements AuthenticationManagerResolver<String> {

    private static final int MAX_CACHED_ISSUERS = 1000;

    private final String ownIssuer;
    private final AuthenticationManager ownTokens;
    private final TrustedIssuers trustedIssuers;
    private final ProvisionedUsers users;
    private final Cache<String, Optional<AuthenticationManager>> external;

    IssuerAuthenticationManagers(JwtDecoder jwtDecoder, SecurityProperties security, IdentityProperties identity,
                                 TrustedIssuers trustedIssuers, ProvisionedUsers users) {
        this.ownIssuer = security.issuer().toString();
        this.ownTokens = manager(jwtDecoder, new TenantJwtConverter());
        this.trustedIssuers = trustedIssuers;
        this.users = users;
        this.external = LookupCaches.expiring(identity.externalIssuerCacheTtl(), MAX_CACHED_ISSUERS);
    }

    /** The resolver the API's filter chain uses. */
    JwtIssuerAuthenticationManagerResolver byIssuer() {
        return new JwtIssuerAuthenticationManagerResolver(this);
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        if (ownIssuer.equals(issuer)) {
            return ownTokens;
        }
        return external.get(issuer, this::externalManager).orElse(null);
    }

    private Optional<AuthenticationManager> externalManager(String issuer) {
        return trustedIssuers.find(issuer)
                .map(trusted -> manager(TokenDecoders.external(trusted), new ExternalUserConverter(trusted, users)));
    }

    private static AuthenticationManager manager(JwtDecoder decoder, Converter<Jwt, ? extends AbstractAuthenticationToken> converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }
}
