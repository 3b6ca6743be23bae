package cn.jixiao.templates.importer;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.disclosure.Department;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Every leaf field of a disclosure by the path the import report uses, and a way to rewrite all its texts. */
final class DisclosureFields {

    private DisclosureFields() {}

    static Map<String, Object> flatten(Disclosure d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("department.code", d.department().code());
        f.put("department.name", d.department().name());
        for (int i = 0; i < d.department().units().size(); i++) {
            f.put("department.units[" + i + "].code", d.department().units().get(i).code());
            f.put("department.units[" + i + "].name", d.department().units().get(i).name());
        }
        f.put("fiscalYear", d.fiscalYear());
        DepartmentGoals g = d.goals();
        for (int i = 0; i < g.overall().size(); i++) {
            f.put("goals.overall[" + i + "]", g.overall().get(i));
        }
        for (int i = 0; i < g.itemized().size(); i++) {
            ItemizedGoal item = g.itemized().get(i);
            f.put("goals.itemized[" + i + "].title", item.title());
            f.put("goals.itemized[" + i + "].goal", item.goal());
            f.put("goals.itemized[" + i + "].indicator", item.indicator());
        }
        for (int i = 0; i < g.measures().size(); i++) {
            f.put("goals.measures[" + i + "]", g.measures().get(i));
        }
        for (int p = 0; p < d.projects().size(); p++) {
            Project project = d.projects().get(p);
            String k = "projects[" + p + "]";
            f.put(k + ".unitCode", project.unitCode());
            f.put(k + ".code", project.code());
            f.put(k + ".name", project.name());
            f.put(k + ".budget.total", project.budget().total());
            f.put(k + ".budget.fiscal", project.budget().fiscal());
            f.put(k + ".budget.other", project.budget().other());
            f.put(k + ".purpose", project.purpose());
            for (int i = 0; i < project.spendPlan().size(); i++) {
                f.put(k + ".spendPlan[" + i + "].label", project.spendPlan().get(i).label());
                f.put(k + ".spendPlan[" + i + "].cumulativePercent", project.spendPlan().get(i).cumulativePercent());
            }
            f.put(k + ".goal", project.goal());
            for (int i = 0; i < project.indicators().size(); i++) {
                Indicator ind = project.indicators().get(i);
                String n = k + ".indicators[" + i + "]";
                f.put(n + ".level1", ind.level1());
                f.put(n + ".level2", ind.level2());
                f.put(n + ".level3", ind.level3());
                f.put(n + ".description", ind.description());
                f.put(n + ".value", ind.value().text());
                f.put(n + ".basis", ind.basis());
            }
        }
        return f;
    }

    /** Paths whose values differ (or exist in one only). */
    static List<String> differences(Disclosure a, Disclosure b) {
        Map<String, Object> fa = flatten(a);
        Map<String, Object> fb = flatten(b);
        List<String> diff = new ArrayList<>();
        for (String key : fa.keySet()) {
            if (!fb.containsKey(key) || !Objects.equals(fa.get(key), fb.get(key))) {
                diff.add(key);
            }
        }
        fb.keySet().stream().filter(k -> !fa.containsKey(k)).forEach(diff::add);
        return diff;
    }

    /** The same disclosure with {@code f} applied to every text (indicator values re-parsed). */
    static Disclosure mapTexts(Disclosure d, UnaryOperator<String> f) {
        Department dept = new Department(f.apply(d.department().code()), f.apply(d.department().name()),
                d.department().units().stream().map(u -> new Unit(f.apply(u.code()), f.apply(u.name()))).toList());
        DepartmentGoals g = new DepartmentGoals(d.goals().overall().stream().map(f).toList(),
                d.goals().itemized().stream().map(i -> new ItemizedGoal(f.apply(i.title()), f.apply(i.goal()),
                        f.apply(i.indicator()))).toList(),
                d.goals().measures().stream().map(f).toList());
        List<Project> projects = d.projects().stream().map(p -> new Project(f.apply(p.unitCode()), f.apply(p.code()),
                f.apply(p.name()), new Budget(p.budget().total(), p.budget().fiscal(), p.budget().other()),
                f.apply(p.purpose()),
                p.spendPlan().stream().map(s -> new SpendCheckpoint(f.apply(s.label()), s.cumulativePercent())).toList(),
                f.apply(p.goal()),
                p.indicators().stream().map(i -> new Indicator(f.apply(i.level1()), f.apply(i.level2()),
                        f.apply(i.level3()), f.apply(i.description()), IndicatorValue.parse(f.apply(i.value().text())),
                        f.apply(i.basis()))).toList())).toList();
        return new Disclosure(dept, d.fiscalYear(), g, projects);
    }

    /** Runs of blanks as one space, none at the ends: how HTML-based converters write text. */
    static String collapseBlanks(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }
}
