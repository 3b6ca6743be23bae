package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.web.Refusal;

/** Only drafts may be edited or change template; this one has moved on (submitted, approved or published). */
public class DisclosureNotDraftException extends Refusal {

    /** @param action what was attempted, as the end of the sentence "只有草稿可以…" */
    public DisclosureNotDraftException(String departmentCode, int fiscalYear, DisclosureStatus status, String action) {
        super(HttpStatus.CONFLICT, "状态冲突", "部门 " + departmentCode + " 的 " + fiscalYear + " 年度预算绩效目标状态为“"
                + status.label() + "”，只有草稿可以" + action);
    }
}
