package cn.jixiao.platform.disclosure;

import cn.jixiao.infra.disclosure.DisclosureStatus;

/** Only drafts may be edited or change template; this one has moved on (submitted, approved or published). */
public class DisclosureNotDraftException extends RuntimeException {

    /** @param action what was attempted, as the end of the sentence "只有草稿可以…" */
    public DisclosureNotDraftException(String departmentCode, int fiscalYear, DisclosureStatus status, String action) {
        super("部门 " + departmentCode + " 的 " + fiscalYear + " 年度预算绩效目标状态为“" + status.label() + "”，只有草稿可以" + action);
    }
}
