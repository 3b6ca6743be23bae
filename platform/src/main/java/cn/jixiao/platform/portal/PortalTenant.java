package cn.jixiao.platform.portal;

import cn.jixiao.platform.tenancy.TenantId;

/** @param publicPages false when operators have taken the district's public pages down */
record PortalTenant(TenantId id, String slug, String name, boolean publicPages) {
}
