package cn.jixiao.ops.audit;

import java.time.Instant;
import java.util.Map;

/** One operator action as read back: when, on which district, by whom, what, and its detail. */
public record OperatorAuditEntry(Instant occurredAt, String tenantSlug, String tenantName, String actor, String action,
                                 String target, Map<String, Object> detail) {
}
