package cn.jixiao.platform.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.audit.AuditTrail.ActorFilter;
import cn.jixiao.platform.audit.AuditTrail.AuditPage;

/** {@code GET /api/v1/audit}: the district's audit log, newest first, paged; {@code ?actor=operators} for operators' actions. */
@RestController
class AuditController {

    private static final int MAX_SIZE = 200;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    AuditPage list(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
        return trail.page(new ActorFilter(actor), Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }
}
