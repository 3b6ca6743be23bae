package cn.jixiao.infra.testing;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Direct SQL checks of what an application wrote, as the role each check calls for. */
public final class Db {

    private Db() {
    }

    public static DataSource ops() {
        return TestDatabase.get().opsDataSource();
    }

    public static DataSource app() {
        return TestDatabase.get().appDataSource();
    }

    /** Work as the district itself runs it: the application role bound to the tenant. */
    public static <T> T asTenant(Object tenantId, Sql.SqlWork<T> work) throws SQLException {
        return Sql.inTransaction(app(), c -> {
            Sql.bindTenant(c, tenantId);
            return work.run(c);
        });
    }

    /** A query as the district itself runs it, e.g. columns operators may not read. */
    public static List<List<Object>> asTenant(Object tenantId, String sql, Object... args) throws SQLException {
        return asTenant(tenantId, c -> Sql.query(c, sql, args));
    }

    /** Work as the operators' role. */
    public static <T> T asOperators(Sql.SqlWork<T> work) throws SQLException {
        return Sql.inTransaction(ops(), work);
    }

    public static UUID tenantId(String slug) throws SQLException {
        return asOperators(c -> (UUID) Sql.single(c, "select id from tenant where slug = ?", slug));
    }

    public static long count(DataSource ds, String sql, Object... args) throws SQLException {
        return Sql.inTransaction(ds, c -> ((Number) Sql.single(c, sql, args)).longValue());
    }

    /** The district's audit log as the district itself reads it: the application role bound to that tenant. */
    public static List<List<Object>> auditAsTenant(UUID tenantId) throws SQLException {
        return asTenant(tenantId, "select actor, action, target, detail::text from audit_log order by id");
    }
}
