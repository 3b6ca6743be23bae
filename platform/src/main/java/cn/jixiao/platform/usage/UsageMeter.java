package cn.jixiao.platform.usage;

import static cn.jixiao.infra.jooq.Tables.CONTENT_PART;
import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.IMPORT_FILE;
import static cn.jixiao.infra.jooq.Tables.RENDERED_DOCUMENT;
import static cn.jixiao.infra.jooq.Tables.REVISION;
import static cn.jixiao.infra.jooq.Tables.TENANT_USAGE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.tenancy.CurrentTenant;

/**
 * Keeps the current district's {@code tenant_usage} row current: departments, disclosures, bytes
 * stored (rendered documents, imported files, revision manifests and content parts, as PostgreSQL stores them) and
 * the time of the last write. Refreshed in the transaction of every audited write (through
 * {@code AuditLog}) and of every stored document, so usage and change commit together; operators
 * read it without reading any content.
 */
@Component
public class UsageMeter {

    private final DSLContext dsl;

    UsageMeter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh() {
        UUID tenant = CurrentTenant.require().value();
        Field<Integer> departments = selectCount().from(DEPARTMENT).where(DEPARTMENT.TENANT_ID.eq(tenant)).asField();
        Field<Integer> disclosures = selectCount().from(DISCLOSURE).where(DISCLOSURE.TENANT_ID.eq(tenant)).asField();
        Field<Long> storage = stored(RENDERED_DOCUMENT, RENDERED_DOCUMENT.TENANT_ID, RENDERED_DOCUMENT.BYTES, tenant)
                .plus(stored(IMPORT_FILE, IMPORT_FILE.TENANT_ID, IMPORT_FILE.CONTENT, tenant))
                .plus(stored(REVISION, REVISION.TENANT_ID, REVISION.MANIFEST, tenant))
                .plus(stored(CONTENT_PART, CONTENT_PART.TENANT_ID, CONTENT_PART.BODY, tenant))
                .cast(SQLDataType.BIGINT);
        OffsetDateTime now = OffsetDateTime.now();
        dsl.insertInto(TENANT_USAGE)
                .set(TENANT_USAGE.TENANT_ID, tenant)
                .set(TENANT_USAGE.DEPARTMENTS, departments)
                .set(TENANT_USAGE.DISCLOSURES, disclosures)
                .set(TENANT_USAGE.STORAGE_BYTES, storage)
                .set(TENANT_USAGE.LAST_ACTIVITY_AT, now)
                .set(TENANT_USAGE.REFRESHED_AT, now)
                .onConflict(TENANT_USAGE.TENANT_ID)
                .doUpdate()
                .set(TENANT_USAGE.DEPARTMENTS, excluded(TENANT_USAGE.DEPARTMENTS))
                .set(TENANT_USAGE.DISCLOSURES, excluded(TENANT_USAGE.DISCLOSURES))
                .set(TENANT_USAGE.STORAGE_BYTES, excluded(TENANT_USAGE.STORAGE_BYTES))
                .set(TENANT_USAGE.LAST_ACTIVITY_AT, excluded(TENANT_USAGE.LAST_ACTIVITY_AT))
                .set(TENANT_USAGE.REFRESHED_AT, excluded(TENANT_USAGE.REFRESHED_AT))
                .execute();
    }

    /** Bytes one column takes as stored (compressed, out of line or not) over the tenant's rows. */
    private static Field<BigDecimal> stored(Table<?> table, Field<UUID> tenantColumn, Field<?> column, UUID tenant) {
        return select(coalesce(sum(DSL.function("pg_column_size", Integer.class, column)), inline(BigDecimal.ZERO)))
                .from(table).where(tenantColumn.eq(tenant)).asField();
    }
}
