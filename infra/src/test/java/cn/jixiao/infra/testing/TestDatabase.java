package cn.jixiao.infra.testing;

import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import cn.jixiao.infra.db.DatabaseBootstrap;
import cn.jixiao.infra.db.DatabaseRoles;
import cn.jixiao.infra.db.Migrations;
import cn.jixiao.infra.embedded.EmbeddedPostgresServer;

/**
 * A freshly created and migrated database for one test JVM, on the PostgreSQL server named by
 * {@value #ADMIN_URL_ENV} (a superuser JDBC URL, e.g. CI's local server) or else on an embedded
 * server. Tests connect as the application or operators' role, never as a superuser or the
 * owner, which would bypass row-level security and make isolation tests pass vacuously.
 */
public final class TestDatabase {

    public static final String ADMIN_URL_ENV = "JIXIAO_TEST_PG_ADMIN_URL";

    private static TestDatabase instance;

    private final String adminUrl;
    private final String jdbcUrl;
    private final DatabaseRoles roles = DatabaseRoles.defaults();

    private TestDatabase(String adminUrl, String jdbcUrl) {
        this.adminUrl = adminUrl;
        this.jdbcUrl = jdbcUrl;
    }

    /** The migrated test database of this JVM, created on first use and dropped at exit. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create(true);
        }
        return instance;
    }

    /** A new empty database (not migrated when {@code migrate} is false), dropped at exit. */
    public static TestDatabase create(boolean migrate) {
        String adminUrl = serverAdminUrl();
        String name = "jixiao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseRoles roles = DatabaseRoles.defaults();
        DatabaseBootstrap.ensure(adminUrl, name, roles);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DatabaseBootstrap.drop(adminUrl, name)));
        TestDatabase db = new TestDatabase(adminUrl, replaceDatabase(adminUrl, name));
        if (migrate) {
            Migrations.migrate(db.jdbcUrl, roles);
        }
        return db;
    }

    private static String serverAdminUrl() {
        String fromEnv = System.getenv(ADMIN_URL_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : EmbeddedPostgresServer.adminJdbcUrl();
    }

    /** The admin URL with its database name replaced and its credentials removed. */
    static String replaceDatabase(String adminUrl, String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String hostPart = adminUrl.substring(0, slash + 1);
        String params = query < 0 ? "" : adminUrl.substring(query + 1).replaceAll("(^|&)(user|password)=[^&]*", "");
        params = params.replaceAll("^&", "");
        return hostPart + database + (params.isEmpty() ? "" : "?" + params);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String adminUrl() {
        return adminUrl;
    }

    public DatabaseRoles roles() {
        return roles;
    }

    public DataSource appDataSource() {
        return dataSource(roles.app());
    }

    public DataSource opsDataSource() {
        return dataSource(roles.ops());
    }

    public DataSource ownerDataSource() {
        return dataSource(roles.owner());
    }

    private DataSource dataSource(DatabaseRoles.Credentials credentials) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser(credentials.username());
        ds.setPassword(credentials.password());
        return ds;
    }
}
