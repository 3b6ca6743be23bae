package cn.jixiao.templates.diff;

/**
 * A project whose money and targets moved in opposite directions, which finance bureaus ask to be
 * explained. Cost indicators (成本指标 and amounts of money) are left out: their caps follow the budget.
 */
public enum MoneyTargetConflict {
    /** 预算数 (or 财政资金 where 预算数 is blank) rose while a target was loosened. */
    MONEY_UP_TARGET_LOWERED("资金增加但绩效目标降低"),
    /** 预算数 fell while a target was tightened. */
    MONEY_DOWN_TARGET_RAISED("资金减少但绩效目标提高");

    private final String label;

    MoneyTargetConflict(String label) {
        this.label = label;
    }

    /** Chinese label for display. */
    public String label() {
        return label;
    }
}
