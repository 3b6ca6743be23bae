package cn.jixiao.platform.portal;

import cn.jixiao.platform.tenancy.TenantId;

/** A district whose public pages are up, as its public URLs name it. */
public record PortalTenant(TenantId id, String slug, String name) {
}
