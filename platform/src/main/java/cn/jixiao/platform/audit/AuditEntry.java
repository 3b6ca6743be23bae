package cn.jixiao.platform.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One entry of a district's audit log as the API lists it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String target, Map<String, Object> detail) {
}
