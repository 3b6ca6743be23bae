package cn.jixiao.platform.opendata;

import cn.jixiao.platform.tenancy.TenantId;

/** A district as its public URLs name it. */
public record PublicDistrict(TenantId id, String slug, String name) {
}
