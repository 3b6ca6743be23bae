package cn.jixiao.platform.publicsite;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import cn.jixiao.platform.tenancy.TenantBound;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * An anonymous visitor of one district's public pages, bound to that district for the transaction.
 * Its only authority is {@value #AUTHORITY}, which only the readers of published material accept:
 * it cannot read drafts, documents of unpublished revisions, or anything else, and cannot write.
 */
public final class PublicVisitor extends AbstractAuthenticationToken implements TenantBound {

    public static final String AUTHORITY = "PUBLIC_READ";

    private final TenantId tenantId;

    PublicVisitor(TenantId tenantId) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.tenantId = tenantId;
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
        return "public";
    }

    @Override
    public String getName() {
        return "public";
    }
}
