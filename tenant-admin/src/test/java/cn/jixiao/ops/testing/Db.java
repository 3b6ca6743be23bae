package cn.jixiao.ops.testing;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;

/** Direct SQL checks of what the operators' side wrote, as the role each check calls for. */
public final class Db {

    private Db() {
    }

    public static DataSource ops() {
        return TestDatabase.get().opsDataSource();
    }

    public static DataSource app() {
        return TestDatabase.get().appDataSource();
    }

    /** A query as the district itself runs it (the application role bound to the tenant), e.g. columns operators may not read. */
    public static List<List<Object>> asTenant(UUID tenantId, String sql, Object... args) throws SQLException {
        return Sql.inTransaction(app(), c -> {
            Sql.bindTenant(c, tenantId);
            return Sql.query(c, sql, args);
        });
    }

    public static UUID tenantId(String slug) throws SQLException {
        return Sql.inTransaction(ops(), c -> (UUID) Sql.single(c, "select id from tenant where slug = ?", slug));
    }

    public static long count(DataSource ds, String sql, Object... args) throws SQLException {
        return Sql.inTransaction(ds, c -> ((Number) Sql.single(c, sql, args)).longValue());
    }

    /** The district's audit log as the district itself reads it: the application role bound to that tenant. */
    public static List<List<Object>> auditAsTenant(UUID tenantId) throws SQLException {
        return asTenant(tenantId, "select actor, action, target, detail::text from audit_log order by id");
    }
}
