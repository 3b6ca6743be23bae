package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Project;

/**
 * What the project form edits: 项目编码, 名称, purpose, annual goal and the two sources of its
 * budget (万元, as typed; the total is their sum). Everything else of the project is kept as it
 * is; a form without code or name keeps the project's.
 */
record ProjectEdit(int baseRevision, String code, String name, String purpose, String goal, String fiscal, String other) {

    static ProjectEdit of(int baseRevision, Project project) {
        Budget budget = project.budget();
        return new ProjectEdit(baseRevision, project.code(), project.name(), project.purpose(), project.goal(),
                budget == null || budget.fiscal() == null ? "" : budget.fiscal().toPlainString(),
                budget == null || budget.other() == null ? "" : budget.other().toPlainString());
    }

    /** Problems with the typed amounts, in Chinese; empty when both parse. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code != null && code.isBlank()) {
            problems.add("项目编码不能为空");
        }
        if (name != null && name.isBlank()) {
            problems.add("项目名称不能为空");
        }
        check("财政资金", fiscal, problems);
        check("其他资金", other, problems);
        return problems;
    }

    /** The fields to give project {@code p}. */
    ProjectFields fields(Project p) {
        return new ProjectFields(p.unitCode(), code == null ? p.code() : code.strip(), name == null ? p.name() : name.strip(),
                amount(fiscal), amount(other), purpose == null ? "" : purpose.strip(), goal == null ? "" : goal.strip());
    }

    static void check(String label, String value, List<String> problems) {
        try {
            BigDecimal parsed = amount(value);
            if (parsed != null && parsed.signum() < 0) {
                problems.add(label + "不能为负数");
            }
        } catch (NumberFormatException e) {
            problems.add(label + "应为数字（单位：万元），例如 12.5");
        }
    }

    static BigDecimal amount(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }
}
