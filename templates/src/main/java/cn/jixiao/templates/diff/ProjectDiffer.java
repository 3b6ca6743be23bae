package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;

/** Compares two versions of one project. */
final class ProjectDiffer {

    private ProjectDiffer() {}

    /** The change, or {@code null} when nothing but the code's year digits differs. */
    static ProjectChange diff(ProjectMatch match, Project from, Project to, boolean moved) {
        TextChange name = TextChange.between(from.name(), to.name());
        UnitMove unit = from.unitCode().equals(to.unitCode()) ? null : new UnitMove(from.unitCode(), to.unitCode());
        BudgetDelta budget = BudgetDelta.of(from.budget(), to.budget());
        TextChange purpose = TextChange.between(from.purpose(), to.purpose());
        SpendPlanChange spendPlan = samePlan(from.spendPlan(), to.spendPlan())
                ? null : new SpendPlanChange(from.spendPlan(), to.spendPlan());
        TextChange goal = TextChange.between(from.goal(), to.goal());
        ListChanges<Indicator, IndicatorChange> indicators = IndicatorDiffer.diff(from.indicators(), to.indicators());
        if (!moved && !match.codeChanged() && name == null && unit == null && !budget.isChanged() && purpose == null
                && spendPlan == null && goal == null && indicators.isEmpty()) {
            return null;
        }
        return new ProjectChange(match, moved, name, unit, budget, purpose, spendPlan, goal, indicators,
                ConflictDetector.detect(budget, indicators));
    }

    private static boolean samePlan(List<SpendCheckpoint> a, List<SpendCheckpoint> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            BigDecimal x = a.get(i).cumulativePercent();
            BigDecimal y = b.get(i).cumulativePercent();
            if (!a.get(i).label().equals(b.get(i).label()) || !MoneyDelta.same(x, y)) {
                return false;
            }
        }
        return true;
    }
}
