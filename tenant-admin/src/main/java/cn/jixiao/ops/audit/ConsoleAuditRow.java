package cn.jixiao.ops.audit;

import java.util.List;

import cn.jixiao.infra.audit.AuditActions;
import cn.jixiao.infra.audit.AuditDetail;
import cn.jixiao.infra.audit.AuditTarget;

/** An operator's entry as the console lists it: the action, its target and the detail in Chinese. */
record ConsoleAuditRow(OperatorAuditEntry entry, String action, String target, List<AuditDetail> details) {

    static ConsoleAuditRow of(OperatorAuditEntry entry) {
        return new ConsoleAuditRow(entry, AuditActions.label(entry.action()), AuditTarget.describe(entry.target()),
                AuditDetail.of(entry.detail()));
    }
}
