package cn.jixiao.platform.workflow;

import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import cn.jixiao.infra.disclosure.DisclosureStatus;

/** A status change the workflow does not allow from the disclosure's current status; nothing changed. 409. */
class IllegalTransitionException extends ErrorResponseException {

    IllegalTransitionException(String departmentCode, int fiscalYear, DisclosureStatus from, DisclosureStatus to) {
        super(HttpStatus.CONFLICT, problem(departmentCode, fiscalYear, from, to), null);
    }

    private static ProblemDetail problem(String departmentCode, int fiscalYear, DisclosureStatus from, DisclosureStatus to) {
        String allowed = Transition.from(from).stream()
                .map(t -> "“" + t.to.label() + "”（" + t.label + "）")
                .collect(Collectors.joining("、"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "部门 " + departmentCode + " 的 " + fiscalYear
                + " 年度预算绩效目标状态为“" + from.label() + "”，不能改为“" + to.label() + "”；当前只能改为" + allowed);
        problem.setTitle("状态冲突");
        problem.setProperty("status", from.name());
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
