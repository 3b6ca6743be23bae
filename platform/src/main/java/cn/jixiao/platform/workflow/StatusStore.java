package cn.jixiao.platform.workflow;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.PUBLICATION_EVENT;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.platform.tenancy.CurrentTenant;

/** The status columns of the current tenant's disclosures; runs in the caller's transaction. */
@Repository
class StatusStore {

    private final DSLContext dsl;

    StatusStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The disclosure's status and current revision, its row locked until the transaction ends (a save or another move waits). */
    Optional<Current> lock(String departmentCode, int fiscalYear) {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.STATUS, DISCLOSURE.REVISION_NO, DISCLOSURE.PUBLISHED_REVISION_NO, DEPARTMENT.NAME)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .forUpdate().of(DISCLOSURE)
                .fetchOptional(r -> new Current(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
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

    /** Appends to the publication log (what the portal's feed, sitemap and caches follow). */
    void recordPublication(UUID disclosureId, String departmentCode, String departmentName, int fiscalYear,
            int revision, PublicationKind kind, String actor) {
        dsl.insertInto(PUBLICATION_EVENT)
                .set(PUBLICATION_EVENT.TENANT_ID, CurrentTenant.require().value())
                .set(PUBLICATION_EVENT.DISCLOSURE_ID, disclosureId)
                .set(PUBLICATION_EVENT.DEPARTMENT_CODE, departmentCode)
                .set(PUBLICATION_EVENT.DEPARTMENT_NAME, departmentName)
                .set(PUBLICATION_EVENT.FISCAL_YEAR, fiscalYear)
                .set(PUBLICATION_EVENT.REVISION_NO, revision)
                .set(PUBLICATION_EVENT.KIND, kind)
                .set(PUBLICATION_EVENT.ACTOR, actor)
                .execute();
    }

    /** {@code publishedRevision} is null while nothing is public. */
    record Current(UUID id, DisclosureStatus status, int revision, Integer publishedRevision, String departmentName) {
    }
}
