package cn.jixiao.infra.tenant;

/** tenant.status: operators suspend and resume a district; the platform enforces what suspension means. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
