package cn.jixiao.platform.workflow;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.disclosure.DisclosureStatus;

/** The status columns of the current tenant's disclosures; runs in the caller's transaction. */
@Repository
class StatusStore {

    private final DSLContext dsl;

    StatusStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The disclosure's status and current revision, its row locked until the transaction ends (a save or another move waits). */
    Optional<Current> lock(String departmentCode, int fiscalYear) {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.STATUS, DISCLOSURE.REVISION_NO)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .forUpdate().of(DISCLOSURE)
                .fetchOptional(r -> new Current(r.value1(), r.value2(), r.value3()));
    }

    /** Moves the disclosure; {@code publishedRevision} is what the public sees from now on, {@code null} for nothing. */
    void move(UUID disclosureId, DisclosureStatus to, Integer publishedRevision) {
        OffsetDateTime now = OffsetDateTime.now();
        dsl.update(DISCLOSURE)
                .set(DISCLOSURE.STATUS, to)
                .set(DISCLOSURE.PUBLISHED_REVISION_NO, publishedRevision)
                .set(DISCLOSURE.PUBLISHED_AT, publishedRevision == null ? null : now)
                .set(DISCLOSURE.UPDATED_AT, now)
                .where(DISCLOSURE.ID.eq(disclosureId))
                .execute();
    }

    record Current(UUID id, DisclosureStatus status, int revision) {
    }
}
