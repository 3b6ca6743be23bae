package cn.jixiao.templates.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Rebuilds the new version of a disclosure from the old one and their {@link DisclosureDiffResult}, which
 * proves that a diff reports everything. It reads only the reported changes, and checks that the old
 * texts and items they name are those of {@code from}.
 */
public final class DiffApplier {

    private DiffApplier() {}

    /**
     * Applies a diff.
     *
     * @throws IllegalArgumentException when the diff was not computed from {@code from}
     */
    public static Disclosure apply(Disclosure from, DisclosureDiffResult diff) {
        DepartmentChange dc = diff.department();
        ListRebuilder.check(from.department().code().equals(dc.fromCode()), "department " + dc.fromCode());
        Department department = new Department(dc.toCode(), text(from.department().name(), dc.name()),
                ListRebuilder.rebuild(from.department().units(), dc.units(), ListRebuilder.Keep.asIs(),
                        (u, c) -> new Unit(u.code(), text(u.name(), c.name()))));
        Map<Integer, ProjectMatch> byFrom = new HashMap<>();
        for (ProjectMatch m : diff.matches()) {
            ListRebuilder.check(m.fromIndex() < from.projects().size()
                    && from.projects().get(m.fromIndex()).code().equals(m.fromCode()), "project " + m.fromCode());
            byFrom.put(m.fromIndex(), m);
        }
        List<Project> projects = ListRebuilder.rebuild(from.projects(), diff.projects(),
                (i, p) -> withCode(p, byFrom.get(i)),
                DiffApplier::project);
        return new Disclosure(department, diff.toYear(), goals(from.goals(), diff.goals()), projects);
    }

    private static Project withCode(Project p, ProjectMatch match) {
        ListRebuilder.check(match != null, "unmatched project " + p.code());
        return new Project(p.unitCode(), match.toCode(), p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(),
                p.indicators());
    }

    private static Project project(Project p, ProjectChange c) {
        String unit = p.unitCode();
        if (c.unit() != null) {
            ListRebuilder.check(unit.equals(c.unit().fromUnitCode()), "unit of " + p.code());
            unit = c.unit().toUnitCode();
        }
        BudgetDelta b = c.budget();
        ListRebuilder.check(MoneyDelta.same(p.budget().total(), b.total().from())
                && MoneyDelta.same(p.budget().fiscal(), b.fiscal().from())
                && MoneyDelta.same(p.budget().other(), b.other().from()), "budget of " + p.code());
        Budget budget = b.isChanged() ? new Budget(b.total().to(), b.fiscal().to(), b.other().to()) : p.budget();
        List<Indicator> indicators = ListRebuilder.rebuild(p.indicators(), c.indicators(),
                ListRebuilder.Keep.asIs(), DiffApplier::indicator);
        return new Project(unit, c.match().toCode(), text(p.name(), c.name()), budget, text(p.purpose(), c.purpose()),
                c.spendPlan() == null ? p.spendPlan() : c.spendPlan().to(), text(p.goal(), c.goal()), indicators);
    }

    private static Indicator indicator(Indicator r, IndicatorChange c) {
        ListRebuilder.check(r.equals(c.from()), "indicator row " + c.fromIndex());
        ListRebuilder.check(c.value() == null || c.value().from().equals(r.value()), "value of row " + c.fromIndex());
        return new Indicator(r.level1(), r.level2(), text(r.level3(), c.level3()),
                text(r.description(), c.description()), c.value() == null ? r.value() : c.value().to(),
                text(r.basis(), c.basis()));
    }

    private static DepartmentGoals goals(DepartmentGoals g, GoalsChange c) {
        ListRebuilder.Keep<String> sameText = ListRebuilder.Keep.asIs();
        return new DepartmentGoals(
                ListRebuilder.rebuild(g.overall(), c.overall(), sameText, (s, p) -> text(s, p.text())),
                ListRebuilder.rebuild(g.itemized(), c.itemized(), ListRebuilder.Keep.asIs(), (i, p) -> new ItemizedGoal(
                        text(i.title(), p.title()), text(i.goal(), p.goal()), text(i.indicator(), p.indicator()))),
                ListRebuilder.rebuild(g.measures(), c.measures(), sameText, (s, p) -> text(s, p.text())));
    }

    /** The new text, after checking the change starts from the old one. */
    private static String text(String old, TextChange change) {
        if (change == null) {
            return old;
        }
        ListRebuilder.check(change.from().equals(old), "text \"" + old + "\"");
        return change.to();
    }
}
