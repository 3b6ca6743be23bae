package cn.jixiao.platform.usage;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * Counts what the current district's writes add to its usage (departments, disclosures, bytes
 * stored in rendered documents, imported files, revision manifests and content parts, as PostgreSQL
 * stores them,
 * and the time of the last write). Each count is a {@link UsageChange} published in the write's
 * transaction; {@link TenantUsageUpdater} adds it to {@code tenant_usage} after the commit, so no
 * write re-sums the district. Operators read that row without reading any content.
 */
@Component
public class UsageMeter {

    private final DSLContext dsl;
    private final ApplicationEventPublisher events;

    UsageMeter(DSLContext dsl, ApplicationEventPublisher events) {
        this.dsl = dsl;
        this.events = events;
    }

    /** A write that adds nothing countable (an audited change): only the last activity moves. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void activity() {
        added(0, 0);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void added(int departments, int disclosures) {
        publish(departments, disclosures, 0);
    }

    /**
     * Counts the bytes a column takes in the rows just written (chosen by {@code rows}) as stored:
     * compressed or out of line, which only a read after the insert sees, not its RETURNING.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stored(TableField<?, ?> column, Condition rows) {
        BigDecimal bytes = dsl.select(coalesce(sum(DSL.function("pg_column_size", Integer.class, column)), inline(BigDecimal.ZERO)))
                .from(column.getTable()).where(rows)
                .fetchSingle().value1();
        publish(0, 0, bytes.longValueExact());
    }

    /**
     * Adds to the transaction's one change, published just before it commits: a write counts its
     * department, disclosure and bytes, and the district's row is updated once, not per count. The
     * change lives in the transaction's synchronizations, which a nested new transaction suspends.
     */
    private void publish(int departments, int disclosures, long storageBytes) {
        TenantId tenant = CurrentTenant.require();
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending p && p.tenant.equals(tenant))
                .map(Pending.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Pending fresh = new Pending(tenant, events);
                    TransactionSynchronizationManager.registerSynchronization(fresh);
                    return fresh;
                });
        pending.departments += departments;
        pending.disclosures += disclosures;
        pending.storageBytes += storageBytes;
    }

    /** What the current transaction has counted so far; published as one change before it commits. */
    private static final class Pending implements TransactionSynchronization {
        private final TenantId tenant;
        private final ApplicationEventPublisher events;
        private int departments;
        private int disclosures;
        private long storageBytes;

        Pending(TenantId tenant, ApplicationEventPublisher events) {
            this.tenant = tenant;
            this.events = events;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            events.publishEvent(new UsageChange(tenant, departments, disclosures, storageBytes));
        }
    }
}
