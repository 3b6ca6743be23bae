package cn.jixiao.platform.workflow;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/disclosures/{deptCode}/{year}/status}: submit, approve, return, publish, withdraw. */
@RestController
class WorkflowController {

    private final DisclosureWorkflow workflow;

    WorkflowController(DisclosureWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/v1/disclosures/{deptCode}/{year}/status")
    StatusChange move(@PathVariable String deptCode, @PathVariable int year, @Valid @RequestBody StatusRequest request) {
        return workflow.move(deptCode, year, request.to(), request.comment());
    }

    record StatusRequest(@NotNull(message = "必须给出目标状态 to（SUBMITTED、APPROVED、PUBLISHED 或 DRAFT）") DisclosureStatus to,
                         @Size(max = 1000, message = "意见 comment 最多 1000 字") String comment) {
    }
}
