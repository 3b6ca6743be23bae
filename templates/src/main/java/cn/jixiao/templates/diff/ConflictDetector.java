package cn.jixiao.templates.diff;

import cn.jixiao.templates.disclosure.Indicator;

/**
 * Flags a project whose 预算数 and targets moved in opposite directions. Cost rows (二级指标 成本指标, or
 * a value in money) are skipped: a cost cap going up with the budget is no lowered ambition.
 */
final class ConflictDetector {

    private static final String COST = "成本指标";

    private ConflictDetector() {}

    static MoneyTargetConflict detect(BudgetDelta budget, ListChanges<Indicator, IndicatorChange> indicators) {
        // 预算数 says where the money went; a table that leaves it blank still has 财政资金
        int money = budget.total().from() != null || budget.total().to() != null
                ? budget.total().direction() : budget.fiscal().direction();
        if (money == 0) {
            return null;
        }
        ValueChangeKind against = money > 0 ? ValueChangeKind.LOOSENED : ValueChangeKind.TIGHTENED;
        for (IndicatorChange row : indicators.changed()) {
            ValueChange value = row.value();
            if (value != null && value.kind() == against && !COST.equals(row.from().level2())
                    && !value.from().isMoney() && !value.to().isMoney()) {
                return money > 0
                        ? MoneyTargetConflict.MONEY_UP_TARGET_LOWERED
                        : MoneyTargetConflict.MONEY_DOWN_TARGET_RAISED;
            }
        }
        return null;
    }
}
