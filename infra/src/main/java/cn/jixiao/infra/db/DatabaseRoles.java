package cn.jixiao.infra.db;

/**
 * The three login roles of a Jixiao database: the owner runs migrations and owns every table,
 * the application role serves tenant-facing code under row-level security, and the operators'
 * role serves tenant-admin. Neither of the last two owns a table or may bypass RLS.
 */
public record DatabaseRoles(Credentials owner, Credentials app, Credentials ops) {

    public record Credentials(String username, String password) {
        public Credentials {
            if (username == null || !username.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("invalid role name: " + username);
            }
        }
    }

    /** Role names and development passwords used by the embedded database and the tests. */
    public static DatabaseRoles defaults() {
        return new DatabaseRoles(
                new Credentials("jixiao_owner", "jixiao-owner-dev"),
                new Credentials("jixiao_app", "jixiao-app-dev"),
                new Credentials("jixiao_ops", "jixiao-ops-dev"));
    }
}
