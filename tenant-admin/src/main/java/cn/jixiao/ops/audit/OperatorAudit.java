package cn.jixiao.ops.audit;

import static cn.jixiao.infra.jooq.Tables.AUDIT_LOG;
import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.audit.AuditWriter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators' actions, written into the affected district's own audit log (so its admin sees them)
 * with actor {@code operator:<username>}. The operators' role reads back only such entries.
 */
@Repository
public class OperatorAudit {

    private static final int LIST_LIMIT = 200;
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;
    private final AuditWriter writer;

    OperatorAudit(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
        this.writer = new AuditWriter(dsl, json);
    }

    public static String actor(String operator) {
        return "operator:" + operator;
    }

    /** Records an action in the caller's transaction, so it commits or rolls back with the change itself. */
    public void record(UUID tenantId, String operator, String action, String target, Map<String, ?> detail) {
        writer.append(tenantId, actor(operator), action, target, detail);
    }

    /** The latest operator entries, of one district when {@code tenantSlug} is given, newest first. */
    @Transactional(readOnly = true)
    public List<OperatorAuditEntry> latest(String tenantSlug) {
        Condition tenant = tenantSlug == null || tenantSlug.isBlank() ? DSL.noCondition() : TENANT.SLUG.eq(tenantSlug);
        return dsl.select(AUDIT_LOG.OCCURRED_AT, TENANT.SLUG, TENANT.NAME, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION,
                        AUDIT_LOG.TARGET, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG).join(TENANT).on(TENANT.ID.eq(AUDIT_LOG.TENANT_ID))
                .where(AUDIT_LOG.ACTOR.startsWith("operator:"), tenant)
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(LIST_LIMIT)
                .fetch(r -> new OperatorAuditEntry(r.value1().toInstant(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), json.readValue(r.value7().data(), DETAIL)));
    }
}
