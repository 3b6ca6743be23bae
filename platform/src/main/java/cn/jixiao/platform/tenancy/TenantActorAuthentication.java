package cn.jixiao.platform.tenancy;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A non-person acting for one district with exactly one authority: the platform itself
 * ({@link SystemAuthentication}) or an anonymous reader of published pages.
 */
public abstract class TenantActorAuthentication extends AbstractAuthenticationToken implements TenantBound {

    private final TenantId tenantId;
    private final String name;

    protected TenantActorAuthentication(TenantId tenantId, String authority, String name) {
        super(List.of(new SimpleGrantedAuthority(authority)));
        this.tenantId = tenantId;
        this.name = name;
        setAuthenticated(true);
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }
}
