package cn.jixiao.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;

/**
 * Isolation between three districts, enforced by the database: every statement here runs as the
 * application role (not the owner, not a superuser), so only row-level security stands between them.
 */
class RowLevelSecurityTest {

    private static final String RLS_VIOLATION = "42501";

    private static DataSource app;
    private static DataSource ops;
    private static UUID a;
    private static UUID b;
    private static UUID c;

    @BeforeAll
    static void threeTenantsWithData() throws SQLException {
        TestDatabase db = TestDatabase.get();
        app = db.appDataSource();
        ops = db.opsDataSource();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = createTenant("rls-a-" + suffix);
        b = createTenant("rls-b-" + suffix);
        c = createTenant("rls-c-" + suffix);
        for (UUID t : List.of(a, b, c)) {
            Sql.inTransaction(app, conn -> {
                Sql.bindTenant(conn, t);
                UUID dept = (UUID) Sql.single(conn,
                        "insert into department (tenant_id, code, name) values (?, '202', ?) returning id", t, "督查室-" + t);
                Sql.update(conn, "insert into unit (tenant_id, department_id, code, name, position) values (?, ?, '202001', '本级', 1)", t, dept);
                Sql.update(conn, "insert into disclosure (tenant_id, department_id, fiscal_year) values (?, ?, 2025)", t, dept);
                return null;
            });
        }
    }

    private static UUID createTenant(String slug) throws SQLException {
        return Sql.inTransaction(ops, conn -> (UUID) Sql.single(conn,
                "insert into tenant (slug, name, region_code) values (?, ?, '130202') returning id", slug, slug));
    }

    @Test
    void eachTenantReadsOnlyItsOwnRows() throws SQLException {
        for (UUID t : List.of(a, b, c)) {
            List<List<Object>> rows = queryAs(t,
                    "select d.tenant_id, u.tenant_id, x.tenant_id from department d join unit u on u.department_id = d.id "
                            + "join disclosure x on x.department_id = d.id");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).containsOnly(t);
            assertThat(queryAs(t, "select id from tenant")).containsExactly(List.of(t));
        }
    }

    @Test
    void crossTenantSelectUpdateDeleteTouchNothing() throws SQLException {
        asTenant(a, conn -> {
            assertThat(Sql.query(conn, "select * from department where tenant_id = ?", b)).isEmpty();
            assertThat(Sql.update(conn, "update department set name = 'hijacked' where tenant_id = ?", b)).isZero();
            assertThat(Sql.update(conn, "update department set name = 'hijacked' where tenant_id <> ?", a)).isZero();
            assertThat(Sql.update(conn, "delete from disclosure where tenant_id = ?", c)).isZero();
            assertThat(Sql.update(conn, "delete from unit where tenant_id <> ?", a)).isZero();
            return null;
        });
        assertThat(singleAs(b, "select name from department")).isEqualTo("督查室-" + b);
        assertThat(singleAs(c, "select count(*) from disclosure")).isEqualTo(1L);
    }

    @Test
    void insertingOrMovingRowsIntoAnotherTenantIsRejected() {
        assertThatThrownBy(() -> asTenant(a, conn -> Sql.update(conn,
                "insert into department (tenant_id, code, name) values (?, '999', 'planted')", b)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(RLS_VIOLATION));
        assertThatThrownBy(() -> asTenant(a, conn -> Sql.update(conn, "update department set tenant_id = ?", b)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(RLS_VIOLATION));
    }

    @Test
    void withoutABoundTenantNothingIsVisibleOrWritable() throws SQLException {
        Sql.inTransaction(app, conn -> {
            for (String table : List.of("tenant", "api_client", "department", "unit", "disclosure", "content_part",
                    "revision", "audit_log")) {
                assertThat(Sql.single(conn, "select count(*) from " + table)).as(table).isEqualTo(0L);
            }
            return null;
        });
        assertThatThrownBy(() -> Sql.inTransaction(app, conn -> Sql.update(conn,
                "insert into department (tenant_id, code, name) values (?, '998', 'orphan')", a)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(RLS_VIOLATION));
    }

    @Test
    void theBindingIsTransactionLocalSoAReusedConnectionCarriesNothingOver() throws SQLException {
        try (Connection conn = app.getConnection()) {
            conn.setAutoCommit(false);
            Sql.bindTenant(conn, a);
            assertThat(Sql.single(conn, "select tenant_id from department")).isEqualTo(a);
            conn.commit();

            assertThat(Sql.single(conn, "select count(*) from department")).as("after commit, unbound").isEqualTo(0L);
            conn.commit();

            Sql.bindTenant(conn, b);
            assertThat(Sql.query(conn, "select tenant_id from department")).containsExactly(List.of(b));
            conn.rollback();

            assertThat(Sql.single(conn, "select count(*) from department")).as("after rollback, unbound").isEqualTo(0L);
            conn.commit();
        }
    }

    @Test
    void revisionsAndAuditEntriesCannotBeChanged() throws SQLException {
        asTenant(a, conn -> {
            UUID disclosure = (UUID) Sql.single(conn, "select id from disclosure");
            Sql.update(conn, "insert into revision (tenant_id, disclosure_id, revision_no, content_hash, manifest, created_by) "
                    + "values (?, ?, 1, repeat('a', 64), '{}', 'test')", a, disclosure);
            Sql.update(conn, "insert into audit_log (tenant_id, actor, action, target) values (?, 'test', 'TEST', 'x')", a);
            return null;
        });
        assertThatThrownBy(() -> asTenant(a, conn -> Sql.update(conn, "update revision set note = 'rewritten'")))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asTenant(a, conn -> Sql.update(conn, "delete from audit_log")))
                .isInstanceOf(SQLException.class);
        assertThat(singleAs(a, "select count(*) from audit_log")).isEqualTo(1L);
    }

    @Test
    void apiClientLookupSeesExactlyTheDeclaredClient() throws SQLException {
        Sql.inTransaction(ops, conn -> Sql.update(conn,
                "insert into api_client (tenant_id, client_id, secret_hash, name) values (?, ?, 'x', 'test')", b, "client-of-" + b));
        List<List<Object>> found = Sql.inTransaction(app, conn -> {
            Sql.query(conn, "select set_config('jixiao.client_lookup', ?, true)", "client-of-" + b);
            return Sql.query(conn, "select tenant_id, client_id from api_client");
        });
        assertThat(found).containsExactly(List.of(b, "client-of-" + b));
        assertThat(queryAs(a, "select * from api_client")).isEmpty();
    }

    @Test
    void operatorsRoleCannotReadDisclosureContents() {
        for (String table : List.of("department", "unit", "disclosure", "content_part", "revision")) {
            assertThatThrownBy(() -> Sql.inTransaction(ops, conn -> Sql.query(conn, "select * from " + table)))
                    .as(table)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    private static List<List<Object>> queryAs(UUID tenant, String sql) throws SQLException {
        return asTenant(tenant, conn -> Sql.query(conn, sql));
    }

    private static Object singleAs(UUID tenant, String sql) throws SQLException {
        return asTenant(tenant, conn -> Sql.single(conn, sql));
    }

    private static <T> T asTenant(UUID tenant, Sql.SqlWork<T> work) throws SQLException {
        return Sql.inTransaction(app, conn -> {
            Sql.bindTenant(conn, tenant);
            return work.run(conn);
        });
    }
}
