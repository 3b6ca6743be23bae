package cn.jixiao.infra.identity;

import java.util.Set;

/**
 * What a district's user may do, as the API scopes it grants: a user's token carries its role's
 * scopes exactly as an API client's token carries its own, so one set of method rules
 * ({@code hasAuthority('SCOPE_…')}) guards both. A UNIT_EDITOR's writes are further limited to its
 * units (the platform's {@code UnitScope}). Platform operators are not district users: they sign in to tenant-admin.
 */
public enum Role {

    TENANT_ADMIN("区县管理员", Set.of(Scopes.DISCLOSURES_READ, Scopes.DISCLOSURES_WRITE, Scopes.DISCLOSURES_REVIEW,
            Scopes.DISCLOSURES_PUBLISH, Scopes.TEMPLATES_WRITE, Scopes.USERS_MANAGE, Scopes.AUDIT_READ)),
    REVIEWER("审核人", Set.of(Scopes.DISCLOSURES_READ, Scopes.DISCLOSURES_REVIEW)),
    UNIT_EDITOR("单位填报人", Set.of(Scopes.DISCLOSURES_READ, Scopes.DISCLOSURES_WRITE));

    private final String label;
    private final Set<String> scopes;

    Role(String label, Set<String> scopes) {
        this.label = label;
        this.scopes = scopes;
    }

    /** The role's name as users read it (zh-CN). */
    public String label() {
        return label;
    }

    public Set<String> scopes() {
        return scopes;
    }

    /** The scopes API clients and roles are made of. */
    public static final class Scopes {
        public static final String DISCLOSURES_READ = "disclosures.read";
        public static final String DISCLOSURES_WRITE = "disclosures.write";
        public static final String DISCLOSURES_REVIEW = "disclosures.review";
        public static final String DISCLOSURES_PUBLISH = "disclosures.publish";
        public static final String TEMPLATES_WRITE = "templates.write";
        public static final String USERS_MANAGE = "users.manage";
        public static final String AUDIT_READ = "audit.read";

        private Scopes() {
        }
    }
}
