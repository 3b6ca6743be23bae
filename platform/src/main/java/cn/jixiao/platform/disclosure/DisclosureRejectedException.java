package cn.jixiao.platform.disclosure;

import cn.jixiao.templates.validation.ValidationReport;

/** The content breaks rules of severity ERROR of its template; nothing was written. */
public class DisclosureRejectedException extends RuntimeException {

    private final ValidationReport report;

    public DisclosureRejectedException(ValidationReport report) {
        super("内容有 " + report.errors().size() + " 处错误，未保存：" + report.errors().get(0).message()
                + (report.errors().size() > 1 ? " 等" : ""));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
