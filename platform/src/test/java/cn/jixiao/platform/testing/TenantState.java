package cn.jixiao.platform.testing;

import java.sql.SQLException;
import java.util.UUID;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;

/**
 * What a district has stored for one disclosure, read directly from the database as the application
 * role bound to that district: proves that a refused request changed nothing.
 *
 * @param revisions    revisions of the disclosure
 * @param contentHash  hash of its current revision
 * @param auditEntries entries in the district's audit log
 */
public record TenantState(long revisions, String contentHash, long auditEntries, String status) {

    public static TenantState of(UUID tenant, String departmentCode, int fiscalYear) {
        try {
            return Db.asTenant(tenant, c -> {
                String where = " from disclosure d join department p on p.tenant_id = d.tenant_id and p.id = d.department_id"
                        + " where p.code = ? and d.fiscal_year = ?";
                long revisions = ((Number) Sql.single(c, "select count(*) from revision r where r.disclosure_id in (select d.id"
                        + where + ")", departmentCode, fiscalYear)).longValue();
                var current = Sql.query(c, "select r.content_hash, d.status" + where.replace(" where",
                        " join revision r on r.tenant_id = d.tenant_id and r.disclosure_id = d.id and r.revision_no = d.revision_no where"),
                        departmentCode, fiscalYear);
                long audit = ((Number) Sql.single(c, "select count(*) from audit_log")).longValue();
                return new TenantState(revisions, current.isEmpty() ? null : (String) current.get(0).get(0), audit,
                        current.isEmpty() ? null : (String) current.get(0).get(1));
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
