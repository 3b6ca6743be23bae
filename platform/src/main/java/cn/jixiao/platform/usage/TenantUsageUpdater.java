package cn.jixiao.platform.usage;

import static cn.jixiao.infra.jooq.Tables.TENANT_USAGE;
import static org.jooq.impl.DSL.excluded;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.tenancy.CurrentTenant;

/**
 * Adds each committed {@link UsageChange} to the district's {@code tenant_usage} row, in one
 * statement that touches only that row. Runs after the write's commit, in a transaction of its
 * own bound to the change's district; should it fail, the write stands and the failure is logged.
 */
@Component
class TenantUsageUpdater {

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    TenantUsageUpdater(DSLContext dsl, PlatformTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void apply(UsageChange change) {
        CurrentTenant.callAs(change.tenant(), "usage", () -> tx.execute(status -> add(change)));
    }

    private int add(UsageChange change) {
        OffsetDateTime now = OffsetDateTime.now();
        return dsl.insertInto(TENANT_USAGE)
                .set(TENANT_USAGE.TENANT_ID, change.tenant().value())
                .set(TENANT_USAGE.DEPARTMENTS, change.departments())
                .set(TENANT_USAGE.DISCLOSURES, change.disclosures())
                .set(TENANT_USAGE.STORAGE_BYTES, change.storageBytes())
                .set(TENANT_USAGE.LAST_ACTIVITY_AT, now)
                .set(TENANT_USAGE.REFRESHED_AT, now)
                .onConflict(TENANT_USAGE.TENANT_ID)
                .doUpdate()
                .set(TENANT_USAGE.DEPARTMENTS, TENANT_USAGE.DEPARTMENTS.plus(excluded(TENANT_USAGE.DEPARTMENTS)))
                .set(TENANT_USAGE.DISCLOSURES, TENANT_USAGE.DISCLOSURES.plus(excluded(TENANT_USAGE.DISCLOSURES)))
                .set(TENANT_USAGE.STORAGE_BYTES, TENANT_USAGE.STORAGE_BYTES.plus(excluded(TENANT_USAGE.STORAGE_BYTES)))
                .set(TENANT_USAGE.LAST_ACTIVITY_AT, excluded(TENANT_USAGE.LAST_ACTIVITY_AT))
                .set(TENANT_USAGE.REFRESHED_AT, excluded(TENANT_USAGE.REFRESHED_AT))
                .execute();
    }
}
