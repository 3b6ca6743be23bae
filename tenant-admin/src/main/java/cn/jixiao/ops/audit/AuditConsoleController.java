package cn.jixiao.ops.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.ops.web.ConsolePage;

@Controller
@ConsolePage
class AuditConsoleController {

    private final OperatorAudit audit;

    AuditConsoleController(OperatorAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String tenant, Model model) {
        model.addAttribute("entries", audit.latest(tenant).stream().map(ConsoleAuditRow::of).toList());
        model.addAttribute("tenant", tenant);
        return "audit";
    }
}
