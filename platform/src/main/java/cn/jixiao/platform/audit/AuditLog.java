package cn.jixiao.platform.audit;

import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.audit.AuditWriter;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's append-only audit log; entries join the caller's transaction, so they exist exactly
 * when the change does. Every audited write counts as the district's latest activity.
 */
@Component
public class AuditLog {

    private final AuditWriter writer;
    private final UsageMeter usage;

    AuditLog(DSLContext dsl, JsonMapper json, UsageMeter usage) {
        this.writer = new AuditWriter(dsl, json);
        this.usage = usage;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, Map<String, ?> detail) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        writer.append(CurrentTenant.require().value(), auth == null ? "anonymous" : auth.getName(), action, target, detail);
        usage.activity();
    }
}
