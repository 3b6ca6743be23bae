package cn.jixiao.platform.tenancy;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The platform itself doing a named task for one tenant, e.g. loading the demo district. */
public final class SystemAuthentication extends AbstractAuthenticationToken implements TenantBound {

    public static final String AUTHORITY = "SYSTEM";

    private final TenantId tenantId;
    private final String task;

    SystemAuthentication(TenantId tenantId, String task) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.tenantId = tenantId;
        this.task = task;
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
        return "system:" + task;
    }

    @Override
    public String getName() {
        return "system:" + task;
    }
}
