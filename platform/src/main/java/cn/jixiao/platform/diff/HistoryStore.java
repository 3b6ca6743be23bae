package cn.jixiao.platform.diff;

import static cn.jixiao.infra.jooq.Tables.AUDIT_LOG;
import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The revision rows and audit entries of one disclosure; runs in the caller's transaction. */
@Repository
class HistoryStore {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    HistoryStore(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    List<RevisionRow> revisions(String departmentCode, int fiscalYear) {
        return dsl.select(REVISION.REVISION_NO, REVISION.CREATED_AT, REVISION.CREATED_BY, REVISION.NOTE)
                .from(REVISION)
                .join(DISCLOSURE).on(DISCLOSURE.TENANT_ID.eq(REVISION.TENANT_ID), DISCLOSURE.ID.eq(REVISION.DISCLOSURE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(REVISION.REVISION_NO.desc())
                .fetch(r -> new RevisionRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The audit entries whose target is the disclosure, newest first. */
    List<AuditRow> audit(String departmentCode, int fiscalYear) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.TARGET.eq("disclosure/" + departmentCode + "/" + fiscalYear))
                .orderBy(AUDIT_LOG.ID.desc())
                .fetch(r -> new AuditRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? Map.of() : json.readValue(r.value5().data(), DETAIL)));
    }

    /** The years in which the department has a disclosure, oldest first. */
    List<Integer> years(String departmentCode) {
        return dsl.select(DISCLOSURE.FISCAL_YEAR)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DEPARTMENT.CODE.eq(departmentCode))
                .orderBy(DISCLOSURE.FISCAL_YEAR)
                .fetch(DISCLOSURE.FISCAL_YEAR);
    }

    record RevisionRow(int number, OffsetDateTime createdAt, String createdBy, String note) {
    }

    record AuditRow(long id, OffsetDateTime occurredAt, String actor, String action, Map<String, Object> detail) {
    }
}
