package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** No disclosure of that department and year in the caller's district (or the department is unknown). */
public class DisclosureNotFoundException extends Refusal {

    public DisclosureNotFoundException(String departmentCode, int fiscalYear) {
        super(HttpStatus.NOT_FOUND, "未找到", "未找到部门 " + departmentCode + " 的 " + fiscalYear + " 年度预算绩效目标");
    }
}
