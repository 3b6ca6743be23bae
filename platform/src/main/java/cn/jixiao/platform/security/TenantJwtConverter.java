package cn.jixiao.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * Turns a verified token of our authorization server into a tenant-bound authentication: its
 * scopes become {@code SCOPE_} authorities, a user's role {@code ROLE_…}, a UNIT_EDITOR's units its
 * {@link UnitScope}. A token without a valid tenant, or with an unknown role, is refused.
 */
public class TenantJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public TenantJwtAuthentication convert(Jwt jwt) {
        TenantId tenantId;
        try {
            tenantId = TenantId.of(jwt.getClaimAsString(TenantClaims.TENANT_ID));
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("token carries no valid " + TenantClaims.TENANT_ID);
        }
        Collection<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        Optional<Set<String>> units = Optional.empty();
        String roleName = jwt.getClaimAsString(TenantClaims.ROLE);
        if (roleName != null) {
            Role role;
            try {
                role = Role.valueOf(roleName);
            } catch (IllegalArgumentException e) {
                throw new InvalidBearerTokenException("token carries an unknown role");
            }
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            if (role == Role.UNIT_EDITOR) {
                List<String> claimed = jwt.getClaimAsStringList(TenantClaims.UNITS);
                units = Optional.of(claimed == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(claimed)));
            }
        }
        return new TenantJwtAuthentication(jwt, authorities, tenantId, units);
    }
}
