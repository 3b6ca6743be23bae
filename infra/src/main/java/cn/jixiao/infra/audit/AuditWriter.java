package cn.jixiao.infra.audit;

import static cn.jixiao.infra.jooq.Tables.AUDIT_LOG;

import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends rows to a district's audit_log, for the platform and the operators alike; the caller
 * decides who the actor is. Runs in the caller's transaction, so an entry exists exactly when the
 * change does.
 */
public final class AuditWriter {

    private final DSLContext dsl;
    private final JsonMapper json;

    public AuditWriter(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** @param detail written as the entry's JSON detail */
    public void append(UUID tenantId, String actor, String action, String target, Map<String, ?> detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.TENANT_ID, tenantId)
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TARGET, target)
                .set(AUDIT_LOG.DETAIL, JSONB.valueOf(json.writeValueAsString(detail)))
                .execute();
    }
}
