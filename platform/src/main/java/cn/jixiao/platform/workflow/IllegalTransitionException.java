package cn.jixiao.platform.workflow;

import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.web.Refusal;

/** A status change the workflow does not allow from the disclosure's current status; nothing changed. 409. */
class IllegalTransitionException extends Refusal {

    IllegalTransitionException(String departmentCode, int fiscalYear, DisclosureStatus from, DisclosureStatus to) {
        super(HttpStatus.CONFLICT, "状态冲突", "部门 " + departmentCode + " 的 " + fiscalYear + " 年度预算绩效目标状态为“"
                + from.label() + "”，不能改为“" + to.label() + "”；当前只能改为" + allowed(from));
        with("status", from.name());
    }

    private static String allowed(DisclosureStatus from) {
        return Transition.from(from).stream()
                .map(t -> "“" + t.to.label() + "”（" + t.label + "）")
                .collect(Collectors.joining("、"));
    }
}
