package cn.jixiao.ops.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operators' API of their own audit entries. */
@RestController
@RequestMapping("/api/ops/v1")
class AuditApiController {

    private final OperatorAudit audit;

    AuditApiController(OperatorAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    List<OperatorAuditEntry> audit(@RequestParam(required = false) String tenant) {
        return audit.latest(tenant);
    }
}
