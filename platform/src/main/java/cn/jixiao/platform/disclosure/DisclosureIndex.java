package cn.jixiao.platform.disclosure;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.disclosure.DisclosureStatus;

/** The district's disclosures as the home page lists them: newest year first, by department code. */
@Component
class DisclosureIndex {

    record Entry(String departmentCode, String departmentName, int fiscalYear, DisclosureStatus status, int revision) {

        public String statusLabel() {
            return switch (status) {
                case DRAFT -> "草稿";
                case SUBMITTED -> "待审核";
                case APPROVED -> "已审核";
                case PUBLISHED -> "已公开";
            };
        }
    }

    private final DSLContext dsl;

    DisclosureIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.read')")
    public List<Entry> all() {
        return dsl.select(DEPARTMENT.CODE, DEPARTMENT.NAME, DISCLOSURE.FISCAL_YEAR, DISCLOSURE.STATUS, DISCLOSURE.REVISION_NO)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .orderBy(DISCLOSURE.FISCAL_YEAR.desc(), DEPARTMENT.CODE)
                .fetch(r -> new Entry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
