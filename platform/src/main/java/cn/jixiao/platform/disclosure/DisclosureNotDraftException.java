package cn.jixiao.platform.disclosure;

/** Only drafts may change template; this one has moved on. */
public class DisclosureNotDraftException extends RuntimeException {

    public DisclosureNotDraftException(String departmentCode, int fiscalYear, DisclosureStatus status) {
        super("部门 " + departmentCode + " 的 " + fiscalYear + " 年度预算绩效目标状态为 " + status + "，只有草稿可以更换表单模板");
    }
}
