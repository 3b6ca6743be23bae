package cn.jixiao.platform.tenancy;

/** An authenticated principal that belongs to exactly one district. */
public interface TenantBound {

    TenantId tenantId();
}
