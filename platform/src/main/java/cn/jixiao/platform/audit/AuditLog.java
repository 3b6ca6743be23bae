package cn.jixiao.platform.audit;

import static cn.jixiao.infra.jooq.Tables.AUDIT_LOG;

import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's append-only audit log; entries join the caller's transaction, so they exist exactly
 * when the change does. Every audited write counts as the district's latest activity.
 */
@Component
public class AuditLog {

    private final DSLContext dsl;
    private final JsonMapper json;
    private final UsageMeter usage;

    AuditLog(DSLContext dsl, JsonMapper json, UsageMeter usage) {
        this.dsl = dsl;
        this.json = json;
        this.usage = usage;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, Map<String, ?> detail) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.TENANT_ID, CurrentTenant.require().value())
                .set(AUDIT_LOG.ACTOR, auth == null ? "anonymous" : auth.getName())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TARGET, target)
                .set(AUDIT_LOG.DETAIL, JSONB.valueOf(json.writeValueAsString(detail)))
                .execute();
        usage.activity();
    }
}
