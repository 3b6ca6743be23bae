package cn.jixiao.platform.tenancy;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.tenant.TenantStatus;

/**
 * The one check that a district may write: a SUSPENDED district may not. Applied to every
 * secured write operation by {@link TenantWriteGuardConfiguration}, so no service repeats it.
 */
@Component
public class TenantWriteGuard {

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    TenantWriteGuard(DSLContext dsl, PlatformTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    /** @throws TenantSuspendedException when the current district is suspended */
    public void requireWritable() {
        Optional<TenantId> tenant = CurrentTenant.get();
        if (tenant.isEmpty()) {
            return; // nobody to write for: row-level security refuses any row anyway
        }
        TenantStatus status = tx.execute(s -> dsl.select(TENANT.STATUS).from(TENANT)
                .where(TENANT.ID.eq(tenant.get().value()))
                .fetchOne(TENANT.STATUS));
        if (status == TenantStatus.SUSPENDED) {
            throw new TenantSuspendedException();
        }
    }
}
