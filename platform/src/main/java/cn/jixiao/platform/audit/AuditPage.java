package cn.jixiao.platform.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.platform.web.WebPage;

/** {@code /app/audit}: the district's audit log for its admins; {@code ?who=operators} shows what platform operators did. */
@Controller
@WebPage
class AuditPage {

    private static final int SIZE = 50;

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/app/audit")
    String page(@RequestParam(required = false) String who, @RequestParam(defaultValue = "0") int page, Model model) {
        boolean operators = AuditTrail.ActorFilter.OPERATORS.equals(who);
        model.addAttribute("operators", operators);
        AuditTrail.AuditPage audit = trail.page(new AuditTrail.ActorFilter(operators ? AuditTrail.ActorFilter.OPERATORS : null),
                Math.max(page, 0), SIZE);
        model.addAttribute("audit", audit);
        model.addAttribute("rows", audit.entries().stream().map(AuditRow::of).toList());
        return "app/audit";
    }
}
