package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Project;

/**
 * 预算规模 in two versions, for one project or summed over a department.
 *
 * @param total  预算数
 * @param fiscal 财政资金
 * @param other  其他资金
 */
public record BudgetDelta(MoneyDelta total, MoneyDelta fiscal, MoneyDelta other) {

    /** The deltas of one project's budget. */
    public static BudgetDelta of(Budget from, Budget to) {
        return new BudgetDelta(MoneyDelta.of(from.total(), to.total()), MoneyDelta.of(from.fiscal(), to.fiscal()),
                MoneyDelta.of(from.other(), to.other()));
    }

    /** The deltas of the sums over all projects; a sum is blank when every cell summed is blank. */
    public static BudgetDelta ofTotals(List<Project> from, List<Project> to) {
        return of(sum(from), sum(to));
    }

    /** The summed budget of projects. */
    static Budget sum(List<Project> projects) {
        return new Budget(sum(projects, Budget::total), sum(projects, Budget::fiscal), sum(projects, Budget::other));
    }

    private static BigDecimal sum(List<Project> projects, Function<Budget, BigDecimal> column) {
        BigDecimal sum = null;
        for (Project p : projects) {
            BigDecimal v = column.apply(p.budget());
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }

    /** True when any of the three amounts changed. */
    public boolean isChanged() {
        return total.isChanged() || fiscal.isChanged() || other.isChanged();
    }
}
