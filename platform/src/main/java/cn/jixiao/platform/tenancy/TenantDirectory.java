package cn.jixiao.platform.tenancy;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.templates.disclosure.District;

/** The current tenant's own registry entry; row-level security hides every other district. */
@Component
public class TenantDirectory {

    private final DSLContext dsl;

    TenantDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    public District current() {
        return dsl.select(TENANT.SLUG, TENANT.NAME, TENANT.REGION_CODE)
                .from(TENANT)
                .where(TENANT.ID.eq(CurrentTenant.require().value()))
                .fetchOptional(r -> new District(r.value1(), r.value2(), r.value3()))
                .orElseThrow(() -> new IllegalStateException("the bound tenant is not visible"));
    }
}
