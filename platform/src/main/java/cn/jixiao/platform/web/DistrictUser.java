package cn.jixiao.platform.web;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.security.TenantClaims;
import cn.jixiao.platform.security.TenantJwtAuthentication;
import cn.jixiao.platform.security.UnitScope;
import cn.jixiao.platform.tenancy.TenantBound;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * The signed-in user of a web session, made from the access token the code was exchanged for: the
 * same district, authorities and units as that token would have on the API. Signing in through the
 * district's own issuer makes a {@code DistrictOidcUser} (login), which pages treat the same way.
 */
public class DistrictUser implements OAuth2User, TenantBound, UnitScope, Serializable {

    private static final long serialVersionUID = 1L;

    private final TenantJwtAuthentication token;

    public DistrictUser(TenantJwtAuthentication token) {
        this.token = token;
    }

    @Override
    public TenantId tenantId() {
        return token.tenantId();
    }

    @Override
    public Optional<Set<String>> writableUnits() {
        return token.writableUnits();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return token.getTokenAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return token.getAuthorities();
    }

    /** The username; what audit entries name as the actor. */
    @Override
    public String getName() {
        return token.getName();
    }

    public String displayName() {
        Object name = getAttributes().get("name");
        return name == null ? getName() : name.toString();
    }

    public String tenantSlug() {
        return String.valueOf(getAttributes().get(TenantClaims.TENANT));
    }

    public Role role() {
        return Role.valueOf(String.valueOf(getAttributes().get(TenantClaims.ROLE)));
    }

    public boolean has(String scope) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("SCOPE_" + scope));
    }
}
