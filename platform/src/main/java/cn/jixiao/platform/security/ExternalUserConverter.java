package cn.jixiao.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import cn.jixiao.infra.identity.Role;

/**
 * Turns a verified token of a district's own issuer into an authentication bound to THAT district
 * only. The token names the user ({@link TrustedIssuer#usernameClaim()}); who the user is and what
 * it may do (role → scopes, units) comes from our database. A token naming another district in
 * {@code tenant_id}, a user we do not know (or disabled), or a suspended district is refused (401).
 * The token's own scopes and roles are ignored: the issuer authenticates, we authorize.
 */
public final class ExternalUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TrustedIssuer trusted;
    private final ProvisionedUsers users;

    public ExternalUserConverter(TrustedIssuer trusted, ProvisionedUsers users) {
        this.trusted = trusted;
        this.users = users;
    }

    @Override
    public TenantJwtAuthentication convert(Jwt jwt) {
        return authentication(jwt, user(jwt));
    }

    /**
     * The active user of the issuer's district the token names (web sign-in uses it too).
     *
     * @throws InvalidBearerTokenException another district named, no username, or no such active user
     */
    public ProvisionedUser user(Jwt jwt) {
        if (jwt.hasClaim(TenantClaims.TENANT_ID) && !trusted.tenant().toString().equals(jwt.getClaimAsString(TenantClaims.TENANT_ID))) {
            throw new InvalidBearerTokenException("token names a district its issuer does not serve");
        }
        String username = jwt.getClaimAsString(trusted.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("token carries no " + trusted.usernameClaim());
        }
        return users.findActive(trusted.tenant(), username)
                .orElseThrow(() -> new InvalidBearerTokenException("user is not provisioned, disabled, or its district is suspended"));
    }

    /** The user's authentication in the issuer's district: scopes of its role, its units; {@code jwt} only carries the claims. */
    public TenantJwtAuthentication authentication(Jwt jwt, ProvisionedUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.role().scopes().stream().sorted().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        Optional<Set<String>> units = user.role() == Role.UNIT_EDITOR ? Optional.of(user.units()) : Optional.empty();
        return new TenantJwtAuthentication(jwt, authorities, trusted.tenant(), units, user.username());
    }
}
