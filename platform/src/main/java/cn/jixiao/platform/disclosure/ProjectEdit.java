package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;

/**
 * What the project form edits: purpose, annual goal and the two sources of its budget (万元, as
 * typed; the total is their sum). Everything else of the project is kept as it is.
 */
record ProjectEdit(int baseRevision, String purpose, String goal, String fiscal, String other) {

    static ProjectEdit of(int baseRevision, Project project) {
        Budget budget = project.budget();
        return new ProjectEdit(baseRevision, project.purpose(), project.goal(),
                budget == null || budget.fiscal() == null ? "" : budget.fiscal().toPlainString(),
                budget == null || budget.other() == null ? "" : budget.other().toPlainString());
    }

    /** Problems with the typed amounts, in Chinese; empty when both parse. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        check("财政资金", fiscal, problems);
        check("其他资金", other, problems);
        return problems;
    }

    /** The disclosure with project {@code index} edited. */
    Disclosure applyTo(Disclosure disclosure, int index) {
        List<Project> projects = new ArrayList<>(disclosure.projects());
        Project p = projects.get(index);
        BigDecimal fiscalAmount = amount(fiscal);
        BigDecimal otherAmount = amount(other);
        BigDecimal total = fiscalAmount == null && otherAmount == null ? null
                : (fiscalAmount == null ? BigDecimal.ZERO : fiscalAmount).add(otherAmount == null ? BigDecimal.ZERO : otherAmount);
        projects.set(index, new Project(p.unitCode(), p.code(), p.name(), new Budget(total, fiscalAmount, otherAmount),
                purpose == null ? "" : purpose.strip(), p.spendPlan(), goal == null ? "" : goal.strip(), p.indicators()));
        return new Disclosure(disclosure.department(), disclosure.fiscalYear(), disclosure.goals(), projects);
    }

    private static void check(String label, String value, List<String> problems) {
        try {
            BigDecimal parsed = amount(value);
            if (parsed != null && parsed.signum() < 0) {
                problems.add(label + "不能为负数");
            }
        } catch (NumberFormatException e) {
            problems.add(label + "应为数字（单位：万元），例如 12.5");
        }
    }

    private static BigDecimal amount(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }
}
