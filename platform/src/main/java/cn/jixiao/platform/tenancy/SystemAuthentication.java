package cn.jixiao.platform.tenancy;

/** The platform itself doing a named task for one tenant, e.g. loading the demo district. */
public final class SystemAuthentication extends TenantActorAuthentication {

    public static final String AUTHORITY = "SYSTEM";

    SystemAuthentication(TenantId tenantId, String task) {
        super(tenantId, AUTHORITY, "system:" + task);
    }
}
