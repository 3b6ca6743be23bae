package cn.jixiao.platform.board;

import static cn.jixiao.infra.jooq.Tables.PUBLICATION_DEADLINE;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;

/** The current district's publication deadlines, one per fiscal year. */
@Repository
class DeadlineStore {

    private final DSLContext dsl;

    DeadlineStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PublicationDeadline> find(int fiscalYear) {
        return dsl.select(PUBLICATION_DEADLINE.FISCAL_YEAR, PUBLICATION_DEADLINE.BUDGET_APPROVED_ON, PUBLICATION_DEADLINE.DEADLINE)
                .from(PUBLICATION_DEADLINE)
                .where(PUBLICATION_DEADLINE.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(r -> new PublicationDeadline(r.value1(), r.value2(), r.value3()));
    }

    void save(PublicationDeadline deadline, String actor) {
        dsl.insertInto(PUBLICATION_DEADLINE)
                .set(PUBLICATION_DEADLINE.TENANT_ID, CurrentTenant.require().value())
                .set(PUBLICATION_DEADLINE.FISCAL_YEAR, deadline.fiscalYear())
                .set(PUBLICATION_DEADLINE.BUDGET_APPROVED_ON, deadline.budgetApprovedOn())
                .set(PUBLICATION_DEADLINE.DEADLINE, deadline.explicitDeadline())
                .set(PUBLICATION_DEADLINE.UPDATED_BY, actor)
                .onConflict(PUBLICATION_DEADLINE.TENANT_ID, PUBLICATION_DEADLINE.FISCAL_YEAR)
                .doUpdate()
                .set(PUBLICATION_DEADLINE.BUDGET_APPROVED_ON, deadline.budgetApprovedOn())
                .set(PUBLICATION_DEADLINE.DEADLINE, deadline.explicitDeadline())
                .set(PUBLICATION_DEADLINE.UPDATED_AT, OffsetDateTime.now())
                .set(PUBLICATION_DEADLINE.UPDATED_BY, actor)
                .execute();
    }
}
