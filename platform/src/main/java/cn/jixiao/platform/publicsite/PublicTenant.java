package cn.jixiao.platform.publicsite;

import cn.jixiao.platform.tenancy.TenantId;

/** @param publicPages false when operators have taken the district's public pages down */
record PublicTenant(TenantId id, String slug, String name, boolean publicPages) {
}
