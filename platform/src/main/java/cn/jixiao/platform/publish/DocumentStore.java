package cn.jixiao.platform.publish;

import static cn.jixiao.infra.jooq.Tables.RENDERED_DOCUMENT;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;

/** Rendered documents of the current tenant, stored by content key and format. */
@Repository
class DocumentStore {

    private final DSLContext dsl;
    private final UsageMeter usage;

    DocumentStore(DSLContext dsl, UsageMeter usage) {
        this.dsl = dsl;
        this.usage = usage;
    }

    Optional<byte[]> find(String contentKey, DocumentFormat format) {
        return dsl.select(RENDERED_DOCUMENT.BYTES).from(RENDERED_DOCUMENT)
                .where(RENDERED_DOCUMENT.CONTENT_KEY.eq(contentKey), RENDERED_DOCUMENT.FORMAT.eq(format.name()))
                .fetchOptional(RENDERED_DOCUMENT.BYTES);
    }

    /**
     * Stores a document; when another worker stored the same key first, that one stays (same content).
     * Documents are stored without an audit entry, so their bytes are counted as the district's usage here.
     */
    void put(String contentKey, DocumentFormat format, byte[] bytes) {
        int stored = dsl.insertInto(RENDERED_DOCUMENT)
                .set(RENDERED_DOCUMENT.TENANT_ID, CurrentTenant.require().value())
                .set(RENDERED_DOCUMENT.CONTENT_KEY, contentKey)
                .set(RENDERED_DOCUMENT.FORMAT, format.name())
                .set(RENDERED_DOCUMENT.MEDIA_TYPE, format.mediaType())
                .set(RENDERED_DOCUMENT.BYTES, bytes)
                .onConflictDoNothing()
                .execute();
        if (stored > 0) {
            usage.stored(RENDERED_DOCUMENT.BYTES, RENDERED_DOCUMENT.CONTENT_KEY.eq(contentKey)
                    .and(RENDERED_DOCUMENT.FORMAT.eq(format.name())));
        }
    }
}
