package cn.jixiao.platform.audit;

import java.util.List;

import cn.jixiao.infra.audit.AuditActions;
import cn.jixiao.infra.audit.AuditDetail;
import cn.jixiao.infra.audit.AuditTarget;

/** An audit entry as the district's log page shows it: the action, its target and the detail in Chinese. */
record AuditRow(AuditEntry entry, String action, String target, List<AuditDetail> details) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry, AuditActions.label(entry.action()), AuditTarget.describe(entry.target()),
                AuditDetail.of(entry.detail()));
    }
}
