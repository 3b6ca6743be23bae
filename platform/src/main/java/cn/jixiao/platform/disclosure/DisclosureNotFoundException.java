package cn.jixiao.platform.disclosure;

/** No disclosure of that department and year in the caller's district (or the department is unknown). */
public class DisclosureNotFoundException extends RuntimeException {

    public DisclosureNotFoundException(String departmentCode, int fiscalYear) {
        super("未找到部门 " + departmentCode + " 的 " + fiscalYear + " 年度预算绩效目标");
    }
}
