package cn.jixiao.templates.diff;

import java.util.Objects;

import cn.jixiao.templates.disclosure.Indicator;

/**
 * A matched project that changed. A part that did not change is {@code null}, except {@code budget}
 * and {@code indicators}, which are always there (check {@link BudgetDelta#isChanged()} and
 * {@link ListChanges#isEmpty()}). A change of the code's year digits alone is not a change.
 *
 * @param match      which projects were paired, how and how surely
 * @param moved      the project changed places in the list
 * @param name       change of 项目名称 (renamed)
 * @param unit       move to another unit
 * @param budget     预算数 / 财政资金 / 其他资金 deltas
 * @param purpose    change of 资金用途
 * @param spendPlan  change of 资金支出计划
 * @param goal       change of 绩效目标
 * @param indicators changes of the indicator table
 * @param conflict   money and targets moved in opposite directions, else {@code null}
 */
public record ProjectChange(ProjectMatch match, boolean moved, TextChange name, UnitMove unit, BudgetDelta budget,
                            TextChange purpose, SpendPlanChange spendPlan, TextChange goal,
                            ListChanges<Indicator, IndicatorChange> indicators, MoneyTargetConflict conflict)
        implements MatchedChange {

    public ProjectChange {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(indicators, "indicators");
    }

    @Override
    public int fromIndex() {
        return match.fromIndex();
    }

    @Override
    public int toIndex() {
        return match.toIndex();
    }

    /** True when 项目名称 changed. */
    public boolean renamed() {
        return name != null;
    }

    /** True when the project moved to another unit. */
    public boolean movedUnit() {
        return unit != null;
    }
}
