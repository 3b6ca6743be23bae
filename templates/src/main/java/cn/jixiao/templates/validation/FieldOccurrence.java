package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.forms.BuiltInField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One place where a built-in field has a value in a disclosure: once for department-level fields,
 * once per project, checkpoint, indicator row or itemized goal for the others.
 *
 * @param location where the value is
 * @param value    the value: a String, a list, a BigDecimal or an IndicatorValue; may be {@code null}
 */
record FieldOccurrence(Location location, Object value) {

    /** Every occurrence of the field in document order. */
    static List<FieldOccurrence> of(BuiltInField field, Disclosure d) {
        String id = field.id();
        List<FieldOccurrence> out = new ArrayList<>();
        switch (field) {
            case GOALS_OVERALL -> out.add(new FieldOccurrence(Locations.goals(Locations.GOALS_OVERALL, id),
                    d.goals().overall()));
            case GOALS_ITEMIZED -> out.add(new FieldOccurrence(Locations.goals(Locations.GOALS_ITEMIZED, id),
                    d.goals().itemized()));
            case GOALS_MEASURES -> out.add(new FieldOccurrence(Locations.goals(Locations.GOALS_MEASURES, id),
                    d.goals().measures()));
            case ITEMIZED_TITLE -> itemized(d, id, ItemizedGoal::title, out);
            case ITEMIZED_GOAL -> itemized(d, id, ItemizedGoal::goal, out);
            case ITEMIZED_INDICATOR -> itemized(d, id, ItemizedGoal::indicator, out);
            case PROJECT_UNIT_CODE -> project(d, id, Project::unitCode, out);
            case PROJECT_CODE -> project(d, id, Project::code, out);
            case PROJECT_NAME -> project(d, id, Project::name, out);
            case BUDGET_TOTAL -> project(d, id, p -> p.budget().total(), out);
            case BUDGET_FISCAL -> project(d, id, p -> p.budget().fiscal(), out);
            case BUDGET_OTHER -> project(d, id, p -> p.budget().other(), out);
            case PROJECT_PURPOSE -> project(d, id, Project::purpose, out);
            case PROJECT_GOAL -> project(d, id, Project::goal, out);
            case PROJECT_SPEND_PLAN -> forProjects(d, (n, p) ->
                    out.add(new FieldOccurrence(Locations.spendPlan(n, p, null, id), p.spendPlan())));
            case PROJECT_INDICATORS -> forProjects(d, (n, p) ->
                    out.add(new FieldOccurrence(Locations.indicatorTable(n, p, id), p.indicators())));
            case SPEND_LABEL -> checkpoints(d, id, SpendCheckpoint::label, out);
            case SPEND_PERCENT -> checkpoints(d, id, SpendCheckpoint::cumulativePercent, out);
            case INDICATOR_LEVEL1 -> indicators(d, id, Indicator::level1, out);
            case INDICATOR_LEVEL2 -> indicators(d, id, Indicator::level2, out);
            case INDICATOR_LEVEL3 -> indicators(d, id, Indicator::level3, out);
            case INDICATOR_DESCRIPTION -> indicators(d, id, Indicator::description, out);
            case INDICATOR_VALUE -> indicators(d, id, Indicator::value, out);
            case INDICATOR_BASIS -> indicators(d, id, Indicator::basis, out);
        }
        return out;
    }

    /** Whether the value counts as not filled in. */
    boolean isEmpty() {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof IndicatorValue v) {
            return v.kind() == IndicatorValue.Kind.EMPTY;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() || c.stream().allMatch(e -> e instanceof String s && s.isBlank());
        }
        return false;
    }

    /** Length in characters of a text value (all paragraphs of a text list), 0 for anything else. */
    int textLength() {
        if (value instanceof String s) {
            return length(s);
        }
        if (value instanceof IndicatorValue v) {
            return length(v.text());
        }
        if (value instanceof Collection<?> c) {
            return c.stream().mapToInt(e -> e instanceof String s ? length(s) : 0).sum();
        }
        return 0;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private interface ProjectVisitor {
        void visit(int projectNo, Project project);
    }

    private static void forProjects(Disclosure d, ProjectVisitor visitor) {
        for (int p = 0; p < d.projects().size(); p++) {
            visitor.visit(p + 1, d.projects().get(p));
        }
    }

    private static void itemized(Disclosure d, String id, Function<ItemizedGoal, String> get,
                                 List<FieldOccurrence> out) {
        List<ItemizedGoal> items = d.goals().itemized();
        for (int i = 0; i < items.size(); i++) {
            out.add(new FieldOccurrence(Locations.itemized(i + 1, id), get.apply(items.get(i))));
        }
    }

    private static void project(Disclosure d, String id, Function<Project, Object> get, List<FieldOccurrence> out) {
        forProjects(d, (n, p) -> out.add(new FieldOccurrence(Locations.project(n, p, id), get.apply(p))));
    }

    private static void checkpoints(Disclosure d, String id, Function<SpendCheckpoint, Object> get,
                                    List<FieldOccurrence> out) {
        forProjects(d, (n, p) -> {
            for (int c = 0; c < p.spendPlan().size(); c++) {
                out.add(new FieldOccurrence(Locations.spendPlan(n, p, c + 1, id), get.apply(p.spendPlan().get(c))));
            }
        });
    }

    private static void indicators(Disclosure d, String id, Function<Indicator, Object> get,
                                   List<FieldOccurrence> out) {
        forProjects(d, (n, p) -> {
            for (int r = 0; r < p.indicators().size(); r++) {
                out.add(new FieldOccurrence(Locations.indicator(n, p, r + 1, id), get.apply(p.indicators().get(r))));
            }
        });
    }
}
