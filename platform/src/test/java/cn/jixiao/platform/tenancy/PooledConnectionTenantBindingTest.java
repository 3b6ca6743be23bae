package cn.jixiao.platform.tenancy;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.testing.TestTenants;

/**
 * The platform's own binding (transaction manager + jOOQ over a Hikari pool of one connection, as
 * the application role): the same physical connection serves tenant A, then B, then nobody, and
 * each transaction sees only its own tenant's rows.
 */
class PooledConnectionTenantBindingTest {

    private static HikariDataSource pool;
    private static TransactionTemplate tx;
    private static DSLContext dsl;
    private static TenantId a;
    private static TenantId b;

    @BeforeAll
    static void onePooledConnection() {
        TestDatabase db = TestDatabase.get();
        pool = new HikariDataSource();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.roles().app().username());
        pool.setPassword(db.roles().app().password());
        pool.setMaximumPoolSize(1);
        tx = new TransactionTemplate(new TenantBindingTransactionManager(pool));
        dsl = DSL.using(new TransactionAwareDataSourceProxy(pool), SQLDialect.POSTGRES);
        a = new TenantId(TestTenants.create(Slugs.unique("pool-a"), "x"));
        b = new TenantId(TestTenants.create(Slugs.unique("pool-b"), "x"));
        for (TenantId t : List.of(a, b)) {
            CurrentTenant.callAs(t, "test", () -> tx.execute(s -> dsl.insertInto(DEPARTMENT)
                    .set(DEPARTMENT.TENANT_ID, t.value()).set(DEPARTMENT.CODE, "301").set(DEPARTMENT.NAME, "部门" + t)
                    .execute()));
        }
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void aReusedConnectionSeesOnlyTheTenantOfEachTransaction() {
        Seen first = CurrentTenant.callAs(a, "test", PooledConnectionTenantBindingTest::see);
        Seen second = CurrentTenant.callAs(b, "test", PooledConnectionTenantBindingTest::see);
        Seen unbound = see();

        assertThat(second.backendPid()).as("same pooled connection").isEqualTo(first.backendPid());
        assertThat(unbound.backendPid()).isEqualTo(first.backendPid());
        assertThat(first.tenants()).containsOnly(a.value()).isNotEmpty();
        assertThat(second.tenants()).containsOnly(b.value()).isNotEmpty();
        assertThat(unbound.tenants()).as("no tenant bound: no rows").isEmpty();
        assertThat(unbound.setting()).isEmpty();
    }

    @Test
    void theBindingDoesNotOutliveARolledBackTransaction() throws Exception {
        try {
            CurrentTenant.callAs(a, "test", () -> tx.execute(s -> {
                throw new IllegalStateException("boom");
            }));
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(see().tenants()).isEmpty();
        try (var c = pool.getConnection()) {
            assertThat(Sql.single(c, "select count(*) from department")).as("outside any transaction").isEqualTo(0L);
        }
    }

    private record Seen(int backendPid, String setting, List<UUID> tenants) {
    }

    private static Seen see() {
        return tx.execute(s -> new Seen(
                dsl.select(DSL.field("pg_backend_pid()", Integer.class)).fetchSingle().value1(),
                dsl.select(DSL.field("coalesce(current_setting('jixiao.tenant_id', true), '')", String.class)).fetchSingle().value1(),
                dsl.selectDistinct(DEPARTMENT.TENANT_ID).from(DEPARTMENT).fetch(DEPARTMENT.TENANT_ID)));
    }
}
