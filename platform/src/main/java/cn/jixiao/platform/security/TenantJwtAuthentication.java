package cn.jixiao.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import cn.jixiao.platform.tenancy.TenantBound;
import cn.jixiao.platform.tenancy.TenantId;

/** A verified API token and the district it was issued for. */
public class TenantJwtAuthentication extends JwtAuthenticationToken implements TenantBound {

    private final TenantId tenantId;

    TenantJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, TenantId tenantId) {
        super(jwt, authorities, jwt.getSubject());
        this.tenantId = tenantId;
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }
}
