package cn.jixiao.platform.audit;

import static cn.jixiao.infra.jooq.Tables.AUDIT_LOG;

import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the district's audit log for its administrators, newest first. */
@Service
public class AuditTrail {

    /** Operators write into a district's log as {@code operator:<name>}. */
    static final String OPERATOR_PREFIX = "operator:";
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditTrail(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /**
     * One page of entries, newest first.
     *
     * @param actor {@link ActorFilter}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_audit.read')")
    public AuditPage page(ActorFilter actor, int page, int size) {
        Condition condition = actor.condition();
        List<AuditEntry> entries = dsl.selectFrom(AUDIT_LOG)
                .where(condition)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(size + 1)
                .offset((long) page * size)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(), r.getTarget(),
                        json.readValue(r.getDetail().data(), DETAIL)));
        boolean more = entries.size() > size;
        return new AuditPage(more ? entries.subList(0, size) : entries, page, size, more);
    }

    /** Whose entries: everybody's, the operators', or one actor's. */
    public record ActorFilter(String value) {

        public static final String OPERATORS = "operators";

        Condition condition() {
            if (value == null || value.isBlank()) {
                return DSL.noCondition();
            }
            return OPERATORS.equals(value) ? AUDIT_LOG.ACTOR.startsWith(OPERATOR_PREFIX) : AUDIT_LOG.ACTOR.eq(value);
        }
    }

    /** @param hasMore whether an older page exists */
    public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasMore) {
    }
}
