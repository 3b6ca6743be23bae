package cn.jixiao.ops.tenant;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.ops.audit.OperatorAudit;

/**
 * Suspending and resuming a district, and taking its published pages down or putting them back:
 * two independent switches, each change audited in the district's log (repeating a state changes
 * and records nothing).
 */
@Service
public class TenantControls {

    private final DSLContext dsl;
    private final TenantDirectory tenants;
    private final OperatorAudit audit;

    TenantControls(DSLContext dsl, TenantDirectory tenants, OperatorAudit audit) {
        this.dsl = dsl;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** @return true when the status changed */
    @Transactional
    public boolean setStatus(String slug, TenantStatus status, String operator) {
        UUID id = tenants.lockId(slug);
        int changed = dsl.update(TENANT).set(TENANT.STATUS, status).set(TENANT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(TENANT.ID.eq(id), TENANT.STATUS.ne(status))
                .execute();
        if (changed == 1) {
            audit.record(id, operator, status == TenantStatus.SUSPENDED ? "OPERATOR_TENANT_SUSPENDED" : "OPERATOR_TENANT_RESUMED",
                    "tenant/" + slug, Map.of("status", status.name()));
        }
        return changed == 1;
    }

    /** @return true when the switch changed */
    @Transactional
    public boolean setPublicPages(String slug, boolean published, String operator) {
        UUID id = tenants.lockId(slug);
        int changed = dsl.update(TENANT).set(TENANT.PUBLIC_PAGES, published).set(TENANT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(TENANT.ID.eq(id), TENANT.PUBLIC_PAGES.ne(published))
                .execute();
        if (changed == 1) {
            audit.record(id, operator, published ? "OPERATOR_PUBLIC_PAGES_RESTORED" : "OPERATOR_PUBLIC_PAGES_TAKEN_DOWN",
                    "tenant/" + slug, Map.of("publicPages", published));
        }
        return changed == 1;
    }
}
