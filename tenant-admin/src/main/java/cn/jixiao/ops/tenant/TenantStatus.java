package cn.jixiao.ops.tenant;

/** tenant.status: what suspension means is enforced by the platform. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
