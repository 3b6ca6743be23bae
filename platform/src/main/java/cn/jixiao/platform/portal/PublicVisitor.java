package cn.jixiao.platform.portal;

import cn.jixiao.platform.tenancy.TenantActorAuthentication;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * An anonymous visitor of one district's public pages, bound to that district for the transaction.
 * Its only authority is {@value #AUTHORITY}, which only the readers of published material accept:
 * it cannot read drafts, documents of unpublished revisions, or anything else, and cannot write.
 */
public final class PublicVisitor extends TenantActorAuthentication {

    public static final String AUTHORITY = "PUBLIC_READ";

    PublicVisitor(TenantId tenantId) {
        super(tenantId, AUTHORITY, "public");
    }
}
