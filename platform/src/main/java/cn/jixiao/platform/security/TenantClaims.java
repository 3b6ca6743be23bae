package cn.jixiao.platform.security;

/** Names of the JWT claims that carry the district; set by the authorization server, read by the API. */
public final class TenantClaims {

    /** The tenant's UUID; the only claim the API trusts to pick rows. */
    public static final String TENANT_ID = "tenant_id";
    /** The tenant's slug, for humans and logs. */
    public static final String TENANT = "tenant";
    /** A user's role ({@link Role}); absent in API clients' tokens. */
    public static final String ROLE = "role";
    /** The unit codes a UNIT_EDITOR may write; absent for everybody else. */
    public static final String UNITS = "units";

    private TenantClaims() {
    }
}
