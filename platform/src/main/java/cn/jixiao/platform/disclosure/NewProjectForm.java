package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A project to add, as typed: 预算数 is 财政资金 plus 其他资金 (万元). */
record NewProjectForm(int baseRevision, String unitCode, String code, String name, String fiscal, String other, String purpose,
                      String goal) {

    static NewProjectForm blank(int baseRevision, String unitCode) {
        return new NewProjectForm(baseRevision, unitCode, "", "", "", "", "", "");
    }

    /** Problems with what is typed, in Chinese; empty when it can be sent to the service. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(unitCode)) {
            problems.add("请选择单位");
        }
        if (blank(code)) {
            problems.add("项目编码不能为空");
        }
        if (blank(name)) {
            problems.add("项目名称不能为空");
        }
        ProjectEdit.check("财政资金", fiscal, problems);
        ProjectEdit.check("其他资金", other, problems);
        return problems;
    }

    /** 预算数 as shown: the sum of what parses, blank when neither does. */
    public String total() {
        try {
            BigDecimal total = fields().budget().total();
            return total == null ? "" : total.toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }

    ProjectFields fields() {
        return new ProjectFields(unitCode.strip(), code.strip(), name.strip(), ProjectEdit.amount(fiscal), ProjectEdit.amount(other),
                purpose == null ? "" : purpose.strip(), goal == null ? "" : goal.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
