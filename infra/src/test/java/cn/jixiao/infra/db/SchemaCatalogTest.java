package cn.jixiao.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;

/**
 * Reads the PostgreSQL catalog of the migrated schema and fails when a table escapes the isolation
 * rules: a new migration cannot forget RLS, a policy, or tenant_id leading its keys.
 */
class SchemaCatalogTest {

    /** A tenant policy's clause as PostgreSQL deparses it (V30): the bound setting, no function call. */
    private static final String BOUND_TENANT =
            "(tenant_id = (NULLIF(current_setting('jixiao.tenant_id'::text, true), ''::text))::uuid)";

    private static TestDatabase db;
    private static List<String> tenantTables;

    @BeforeAll
    static void migrate() throws SQLException {
        db = TestDatabase.get();
        tenantTables = owner(c -> Sql.query(c, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1""")
                .stream().map(r -> (String) r.get(0)).toList());
    }

    @Test
    void theSchemaHasTheTenantOwnedTables() {
        assertThat(tenantTables).contains("api_client", "department", "unit", "disclosure", "content_part",
                "revision", "audit_log");
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurity() throws SQLException {
        for (String table : withTenantRegistry()) {
            List<Object> flags = owner(c -> Sql.query(c,
                    "select relrowsecurity, relforcerowsecurity from pg_class where oid = ?::regclass", table)).get(0);
            assertThat(flags).as("RLS enabled and forced on %s", table).containsExactly(true, true);
        }
    }

    @Test
    void everyTenantTableHasAnApplicationPolicyForEachCommand() throws SQLException {
        String app = db.roles().app().username();
        for (String table : tenantTables) {
            Set<String> commands = owner(c -> Sql.query(c, """
                    select cmd from pg_policies where schemaname = 'public' and tablename = ?
                    and ?::name = any(roles) and policyname like 'tenant\\_%'""", table, app))
                    .stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
            assertThat(commands.contains("ALL") || commands.containsAll(Set.of("SELECT", "INSERT", "UPDATE", "DELETE")))
                    .as("%s has SELECT/INSERT/UPDATE/DELETE policies for %s, found %s", table, app, commands).isTrue();
            Object keyed = owner(c -> Sql.single(c, """
                    select bool_and(coalesce(qual, ?) = ? and coalesce(with_check, ?) = ?)
                    from pg_policies where schemaname = 'public' and tablename = ? and policyname like 'tenant\\_%'""",
                    BOUND_TENANT, BOUND_TENANT, BOUND_TENANT, BOUND_TENANT, table));
            assertThat(keyed).as("%s tenant policies compare tenant_id with the bound setting", table).isEqualTo(true);
        }
    }

    @Test
    void tenantIdLeadsEveryPrimaryAndUniqueKey() throws SQLException {
        for (String table : tenantTables) {
            List<List<Object>> keys = owner(c -> Sql.query(c, """
                    select con.conname, a.attname from pg_constraint con
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
                    where con.conrelid = ?::regclass and con.contype in ('p', 'u')""", table));
            assertThat(keys).as("%s has a primary key", table).isNotEmpty();
            keys.forEach(k -> assertThat(k.get(1)).as("%s.%s leads with tenant_id", table, k.get(0)).isEqualTo("tenant_id"));
            Object uniqueIndexesNotLed = owner(c -> Sql.single(c, """
                    select count(*) from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                    where i.indrelid = ?::regclass and i.indisunique and a.attname <> 'tenant_id'""", table));
            assertThat(uniqueIndexesNotLed).as("unique indexes of %s not led by tenant_id", table).isEqualTo(0L);
        }
    }

    @Test
    void tenantIdLeadsEveryForeignKeyOnBothSides() throws SQLException {
        for (String table : tenantTables) {
            List<List<Object>> fks = owner(c -> Sql.query(c, """
                    select con.conname, a.attname, con.confrelid::regclass::text, fa.attname from pg_constraint con
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
                    join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = con.confkey[1]
                    where con.conrelid = ?::regclass and con.contype = 'f'""", table));
            assertThat(fks).as("%s references its tenant", table).isNotEmpty();
            for (List<Object> fk : fks) {
                assertThat(fk.get(1)).as("%s.%s leads with tenant_id", table, fk.get(0)).isEqualTo("tenant_id");
                String referenced = fk.get(2).equals("tenant") ? "id" : "tenant_id";
                assertThat(fk.get(3)).as("%s.%s references %s by its tenant key", table, fk.get(0), fk.get(2)).isEqualTo(referenced);
            }
        }
    }

    @Test
    void applicationAndOperatorRolesOwnNothingAndCannotBypassRls() throws SQLException {
        for (var role : List.of(db.roles().app(), db.roles().ops())) {
            List<Object> attrs = owner(c -> Sql.query(c,
                    "select rolsuper, rolbypassrls from pg_roles where rolname = ?", role.username())).get(0);
            assertThat(attrs).as("%s is neither superuser nor BYPASSRLS", role.username()).containsExactly(false, false);
            Object owned = owner(c -> Sql.single(c, """
                    select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and pg_get_userbyid(c.relowner) = ?""", role.username()));
            assertThat(owned).as("objects owned by %s", role.username()).isEqualTo(0L);
            Object inherits = owner(c -> Sql.single(c, """
                    select count(*) from pg_auth_members m join pg_roles r on r.oid = m.roleid
                    where m.member = (select oid from pg_roles where rolname = ?)""", role.username()));
            assertThat(inherits).as("%s is a member of no other role", role.username()).isEqualTo(0L);
        }
    }

    @Test
    void viewsAreSecurityInvokerAndNoSecurityDefinerFunctionsExist() throws SQLException {
        Object definers = owner(c -> Sql.single(c, """
                select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.prosecdef"""));
        assertThat(definers).as("SECURITY DEFINER functions").isEqualTo(0L);
        Object unsafeViews = owner(c -> Sql.single(c, """
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('v', 'm')
                and not coalesce('security_invoker=true' = any(c.reloptions), false)"""));
        assertThat(unsafeViews).as("views without security_invoker").isEqualTo(0L);
    }

    private static List<String> withTenantRegistry() {
        return java.util.stream.Stream.concat(tenantTables.stream(), java.util.stream.Stream.of("tenant")).toList();
    }

    private static <T> T owner(Sql.SqlWork<T> work) throws SQLException {
        try (Connection c = db.ownerDataSource().getConnection()) {
            return work.run(c);
        }
    }
}
