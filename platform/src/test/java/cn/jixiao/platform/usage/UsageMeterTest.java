package cn.jixiao.platform.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.department.DepartmentAdministration;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantActorAuthentication;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;

/** tenant_usage follows the district's committed writes, by what each adds; operators read it without reading content. */
class UsageMeterTest extends DistrictUsersTest {

    @Autowired
    DepartmentAdministration departments;

    @Test
    void usageIsCurrentAfterEveryAuditedWrite() throws Exception {
        Usage created = usage(district.id());
        assertThat(created.departments()).isEqualTo(1);
        assertThat(created.disclosures()).isEqualTo(1);
        assertThat(created.storageBytes()).isEqualTo(storedBytes(district.id())).isPositive();
        assertThat(created.lastActivityAt()).isNotNull();

        assertThat(api.send("POST", TestDistrict.DISCLOSURE + "/roll-forward", district.admin(), null).statusCode()).isEqualTo(201);
        Usage rolled = usage(district.id());
        assertThat(rolled.disclosures()).isEqualTo(2);
        assertThat(rolled.storageBytes()).isEqualTo(storedBytes(district.id())).isGreaterThan(created.storageBytes());
        assertThat(rolled.lastActivityAt()).isAfterOrEqualTo(created.lastActivityAt());

        // documents are stored without an audit entry: usage follows them too
        assertThat(api.get(TestDistrict.DISCLOSURE + "/document.html", district.admin()).statusCode()).isEqualTo(200);
        Usage rendered = usage(district.id());
        assertThat(rendered.storageBytes()).isEqualTo(storedBytes(district.id())).isGreaterThan(rolled.storageBytes());
        rolled = rendered;

        // a refused write changes nothing, usage included
        assertThat(api.send("POST", TestDistrict.DISCLOSURE + "/roll-forward", district.admin(), null).statusCode()).isEqualTo(409);
        assertThat(usage(district.id())).isEqualTo(rolled);
    }

    @Test
    void aWriteAddsOnlyWhatItChangedWithoutRecountingTheDistrict() throws Exception {
        // an offset no recount can produce: a meter that re-summed the district would drop it
        Db.asTenant(district.id(), c -> {
            return Sql.update(c, "update tenant_usage set departments = departments + 100, disclosures = disclosures + 100,"
                    + " storage_bytes = storage_bytes + 1000000");
        });
        Usage before = usage(district.id());

        assertThat(api.send("POST", TestDistrict.DISCLOSURE + "/roll-forward", district.admin(), null).statusCode()).isEqualTo(201);
        Usage after = usage(district.id());
        assertThat(after.departments()).isEqualTo(before.departments()).isEqualTo(101);
        assertThat(after.disclosures()).isEqualTo(before.disclosures() + 1).isEqualTo(102);
        // the change is exactly what a full recount finds added
        assertThat(after.storageBytes() - 1000000).isEqualTo(storedBytes(district.id())).isGreaterThan(before.storageBytes() - 1000000);

        assertThat(api.get(TestDistrict.DISCLOSURE + "/document.html", district.admin()).statusCode()).isEqualTo(200);
        assertThat(usage(district.id()).storageBytes() - 1000000).isEqualTo(storedBytes(district.id()))
                .isGreaterThan(after.storageBytes() - 1000000);

        // a department made by the district admin, outside any disclosure
        CurrentTenant.runAs(new TenantActorAuthentication(new TenantId(district.id()), "SCOPE_users.manage", "test-admin") {
        }, () -> {
            departments.createDepartment("909", "测试部门");
            return null;
        });
        assertThat(usage(district.id()).departments()).isEqualTo(102);
    }

    record Usage(int departments, int disclosures, long storageBytes, Instant lastActivityAt) {
    }

    /** As operators see it (their role reads tenant_usage, never the content). */
    private static Usage usage(UUID tenant) throws Exception {
        return Db.asOperators(c -> {
            List<Object> row = Sql.query(c, "select departments, disclosures, storage_bytes, last_activity_at from tenant_usage"
                    + " where tenant_id = ?", tenant).get(0);
            return new Usage((Integer) row.get(0), (Integer) row.get(1), (Long) row.get(2), ((java.sql.Timestamp) row.get(3)).toInstant());
        });
    }

    /** The same sum computed independently, as the application role bound to the district. */
    private static long storedBytes(UUID tenant) throws Exception {
        return Db.asTenant(tenant, c -> {
            return ((Number) Sql.single(c, "select (select coalesce(sum(pg_column_size(manifest)), 0) from revision)"
                    + " + (select coalesce(sum(pg_column_size(body)), 0) from content_part)"
                    + " + (select coalesce(sum(pg_column_size(bytes)), 0) from rendered_document)"
                    + " + (select coalesce(sum(pg_column_size(content)), 0) from import_file)")).longValue();
        });
    }
}
