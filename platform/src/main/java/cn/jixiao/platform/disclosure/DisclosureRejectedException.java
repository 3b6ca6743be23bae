package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.templates.validation.ValidationReport;

/** The content breaks rules of severity ERROR of its template; nothing was written. 422 with the findings. */
public class DisclosureRejectedException extends Refusal {

    private final transient ValidationReport report;

    public DisclosureRejectedException(ValidationReport report) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "未通过校验", "内容有 " + report.errors().size() + " 处错误，未保存："
                + report.errors().get(0).message() + (report.errors().size() > 1 ? " 等" : ""));
        this.report = report;
        // the findings (rule id, severity, location, message, source) travel with the refusal
        with("validation", report);
    }

    public ValidationReport report() {
        return report;
    }
}
