package cn.jixiao.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;

/**
 * V22 moves existing revisions' snapshots into content parts and manifests, run as the owner
 * under FORCE'd row-level security: shared parts stored once, order kept, RLS forced again after.
 */
class ContentPartsMigrationTest {

    @Test
    void snapshotsBecomePartsAndManifests() throws SQLException {
        TestDatabase db = TestDatabase.create(false);
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.roles().owner().username(), db.roles().owner().password())
                .locations(Migrations.LOCATION).placeholders(Migrations.placeholders(db.roles()));
        flyway.target("21").load().migrate();

        UUID tenant = UUID.randomUUID();
        Sql.inTransaction(db.opsDataSource(), c -> Sql.update(c,
                "insert into tenant (id, slug, name, region_code) values (?, 'migr', '迁移区', '130202')", tenant));
        Sql.inTransaction(db.appDataSource(), c -> {
            Sql.bindTenant(c, tenant);
            UUID department = (UUID) Sql.single(c, "insert into department (tenant_id, code, name) values (?, '202', '部门') returning id",
                    tenant);
            UUID disclosure = (UUID) Sql.single(c, "insert into disclosure (tenant_id, department_id, fiscal_year, revision_no)"
                    + " values (?, ?, 2025, 2) returning id", tenant, department);
            String goals = "\"goals\": {\"overall\": [\"总体\"], \"itemized\": [], \"measures\": []}";
            Sql.update(c, "insert into revision (tenant_id, disclosure_id, revision_no, content_hash, snapshot, created_by)"
                    + " values (?, ?, 1, repeat('a', 64), ?::jsonb, 'test'), (?, ?, 2, repeat('b', 64), ?::jsonb, 'test')",
                    tenant, disclosure, "{" + goals + ", \"projects\": [{\"code\": \"P1\", \"budget\": {\"total\": 3.60}}]}",
                    tenant, disclosure, "{" + goals + ", \"projects\": [{\"code\": \"P2\"}, {\"code\": \"P1\", \"budget\": {\"total\": 3.60}}]}");
            return null;
        });

        flyway.target("latest").load().migrate();

        List<List<Object>> revisions = Sql.inTransaction(db.appDataSource(), c -> {
            Sql.bindTenant(c, tenant);
            return Sql.query(c, "select r.revision_no, (select string_agg(p.body->>'code', ',' order by o)"
                    + " from jsonb_array_elements_text(r.manifest->'projects') with ordinality t(h, o)"
                    + " join content_part p on p.tenant_id = r.tenant_id and p.hash = t.h),"
                    + " (select p.body->'overall'->>0 from content_part p where p.hash = r.manifest->>'goals')"
                    + " from revision r order by 1");
        });
        assertThat(revisions).containsExactly(List.of(1, "P1", "总体"), List.of(2, "P2,P1", "总体"));
        Object parts = Sql.inTransaction(db.appDataSource(), c -> {
            Sql.bindTenant(c, tenant);
            return Sql.single(c, "select count(*) from content_part");
        });
        assertThat(parts).as("Part 1 and P1 shared by both revisions").isEqualTo(3L);
        List<List<Object>> forced = Sql.inTransaction(db.ownerDataSource(), c -> Sql.query(c,
                "select relforcerowsecurity from pg_class where relname in ('revision', 'content_part')"));
        assertThat(forced).containsOnly(List.of(true));
    }
}
