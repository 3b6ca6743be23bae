package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.BuiltInField;
import java.math.BigDecimal;
import java.util.List;

/** budget.sum: 预算数 = 财政资金 + 其他资金, a blank 其他资金 counting as 0. */
final class BudgetSumRule implements Rule {

    @Override
    public String id() {
        return "budget.sum";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        List<Project> projects = ctx.disclosure().projects();
        for (int p = 0; p < projects.size(); p++) {
            Budget b = projects.get(p).budget();
            if (b.total() == null || b.fiscal() == null) {
                continue; // a missing amount is field.required's finding
            }
            BigDecimal other = b.other() == null ? BigDecimal.ZERO : b.other();
            BigDecimal sum = b.fiscal().add(other);
            if (b.total().compareTo(sum) != 0) {
                String otherText = b.other() == null ? "（空，按 0 计）" : " " + Numbers.written(b.other()) + " 万元";
                ctx.report(Locations.project(p + 1, projects.get(p), BuiltInField.BUDGET_TOTAL.id()),
                        ctx.label(BuiltInField.BUDGET_TOTAL.id()) + " " + Numbers.written(b.total()) + " 万元不等于"
                                + ctx.label(BuiltInField.BUDGET_FISCAL.id()) + " " + Numbers.written(b.fiscal())
                                + " 万元与" + ctx.label(BuiltInField.BUDGET_OTHER.id()) + otherText + "之和 "
                                + Numbers.written(sum) + " 万元");
            }
        }
    }
}
