package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;

/**
 * One random edit of a disclosure, drawn by jqwik. Indices are taken modulo the list they point into, so
 * any drawn edit applies to any disclosure; an edit with nothing to point at does nothing.
 *
 * @param kind   what to edit
 * @param a      first index (project, paragraph, unit)
 * @param b      second index (indicator row) or position in a text
 * @param cut    characters to delete at the position
 * @param text   text to insert, or the new name
 * @param amount new amount, may be {@code null} (blank)
 * @param value  new target value text
 */
record RandomEdit(Kind kind, int a, int b, int cut, String text, BigDecimal amount, String value) {

    enum Kind {
        RENAME_PROJECT, REMOVE_PROJECT, ADD_PROJECT, SWAP_PROJECTS, MOVE_UNIT, CHANGE_TOTAL, CHANGE_FISCAL, CHANGE_OTHER,
        EDIT_PURPOSE, EDIT_GOAL, CHANGE_SPEND_PLAN, CHANGE_VALUE, EDIT_DESCRIPTION, EDIT_LEVEL3, EDIT_BASIS,
        ADD_INDICATOR, REMOVE_INDICATOR, EDIT_OVERALL, EDIT_MEASURE, ADD_MEASURE, REMOVE_MEASURE, EDIT_ITEMIZED,
        REMOVE_ITEMIZED, RENAME_DEPARTMENT, RENAME_UNIT, ADD_UNIT
    }

    /** This edit applied to {@code d}; {@code serial} makes added codes unique. */
    Disclosure applyTo(Disclosure d, int serial) {
        List<Project> projects = d.projects();
        int np = projects.size();
        return switch (kind) {
            case RENAME_PROJECT -> np == 0 ? d : Edits.project(d, a % np, p -> Edits.name(p, splice(p.name())));
            case REMOVE_PROJECT -> np == 0 ? d : Edits.removeProject(d, a % np);
            case ADD_PROJECT -> Edits.insertProject(d, a % (np + 1), newProject(d, serial));
            case SWAP_PROJECTS -> np < 2 ? d : swap(d, a % np, b % np);
            case MOVE_UNIT -> np == 0 ? d : Edits.project(d, a % np,
                    p -> Edits.unit(p, d.department().units().get(b % d.department().units().size()).code()));
            case CHANGE_TOTAL -> np == 0 ? d : Edits.project(d, a % np, p -> Edits.budget(p,
                    new Budget(amount, p.budget().fiscal(), p.budget().other())));
            case CHANGE_FISCAL -> np == 0 ? d : Edits.project(d, a % np, p -> Edits.budget(p,
                    new Budget(p.budget().total(), amount, p.budget().other())));
            case CHANGE_OTHER -> np == 0 ? d : Edits.project(d, a % np, p -> Edits.budget(p,
                    new Budget(p.budget().total(), p.budget().fiscal(), amount)));
            case EDIT_PURPOSE -> np == 0 ? d : Edits.project(d, a % np, p -> Edits.purpose(p, splice(p.purpose())));
            case EDIT_GOAL -> np == 0 ? d : Edits.project(d, a % np, p -> Edits.goal(p, splice(p.goal())));
            case CHANGE_SPEND_PLAN -> np == 0 ? d : Edits.project(d, a % np, this::spendPlan);
            case CHANGE_VALUE -> row(d, r -> Edits.value(r, value));
            case EDIT_DESCRIPTION -> row(d, r -> Edits.description(r, splice(r.description())));
            case EDIT_LEVEL3 -> row(d, r -> new Indicator(r.level1(), r.level2(), splice(r.level3()), r.description(),
                    r.value(), r.basis()));
            case EDIT_BASIS -> row(d, r -> new Indicator(r.level1(), r.level2(), r.level3(), r.description(), r.value(),
                    splice(r.basis())));
            case ADD_INDICATOR -> np == 0 ? d : Edits.project(d, a % np, p -> {
                List<Indicator> rows = new ArrayList<>(p.indicators());
                rows.add(b % (rows.size() + 1), newRow());
                return Edits.indicators(p, rows);
            });
            case REMOVE_INDICATOR -> np == 0 ? d : Edits.project(d, a % np, p -> {
                List<Indicator> rows = new ArrayList<>(p.indicators());
                if (!rows.isEmpty()) {
                    rows.remove(b % rows.size());
                }
                return Edits.indicators(p, rows);
            });
            case EDIT_OVERALL -> goals(d, editAt(d.goals().overall()), d.goals().itemized(), d.goals().measures());
            case EDIT_MEASURE -> goals(d, d.goals().overall(), d.goals().itemized(), editAt(d.goals().measures()));
            case ADD_MEASURE -> {
                List<String> measures = new ArrayList<>(d.goals().measures());
                measures.add(a % (measures.size() + 1), "新增保障措施：" + text);
                yield goals(d, d.goals().overall(), d.goals().itemized(), measures);
            }
            case REMOVE_MEASURE -> {
                List<String> measures = new ArrayList<>(d.goals().measures());
                if (!measures.isEmpty()) {
                    measures.remove(a % measures.size());
                }
                yield goals(d, d.goals().overall(), d.goals().itemized(), measures);
            }
            case EDIT_ITEMIZED -> {
                List<ItemizedGoal> items = new ArrayList<>(d.goals().itemized());
                if (!items.isEmpty()) {
                    int i = a % items.size();
                    ItemizedGoal g = items.get(i);
                    items.set(i, new ItemizedGoal(g.title(), splice(g.goal()), g.indicator()));
                }
                yield goals(d, d.goals().overall(), items, d.goals().measures());
            }
            case REMOVE_ITEMIZED -> {
                List<ItemizedGoal> items = new ArrayList<>(d.goals().itemized());
                if (!items.isEmpty()) {
                    items.remove(a % items.size());
                }
                yield goals(d, d.goals().overall(), items, d.goals().measures());
            }
            case RENAME_DEPARTMENT -> department(d, new Department(d.department().code(), splice(d.department().name()),
                    d.department().units()));
            case RENAME_UNIT -> {
                List<Unit> units = new ArrayList<>(d.department().units());
                int i = a % units.size();
                units.set(i, new Unit(units.get(i).code(), splice(units.get(i).name())));
                yield department(d, new Department(d.department().code(), d.department().name(), units));
            }
            case ADD_UNIT -> {
                List<Unit> units = new ArrayList<>(d.department().units());
                units.add(a % (units.size() + 1), new Unit("U" + serial, "新增单位" + text));
                yield department(d, new Department(d.department().code(), d.department().name(), units));
            }
        };
    }

    private String splice(String s) {
        int cps = s.codePointCount(0, s.length());
        int at = b % (cps + 1);
        int end = Math.min(cps, at + cut);
        int start = s.offsetByCodePoints(0, at);
        return s.substring(0, start) + text + s.substring(s.offsetByCodePoints(0, end));
    }

    private List<String> editAt(List<String> paragraphs) {
        List<String> result = new ArrayList<>(paragraphs);
        if (!result.isEmpty()) {
            int i = a % result.size();
            result.set(i, splice(result.get(i)));
        }
        return result;
    }

    private Disclosure row(Disclosure d, java.util.function.UnaryOperator<Indicator> edit) {
        if (d.projects().isEmpty()) {
            return d;
        }
        int i = a % d.projects().size();
        int rows = d.projects().get(i).indicators().size();
        return rows == 0 ? d : Edits.project(d, i, p -> Edits.indicator(p, b % rows, edit));
    }

    private Project spendPlan(Project p) {
        List<SpendCheckpoint> plan = new ArrayList<>(p.spendPlan());
        plan.add(new SpendCheckpoint("9月底", amount));
        return new Project(p.unitCode(), p.code(), p.name(), p.budget(), p.purpose(), plan, p.goal(), p.indicators());
    }

    private Project newProject(Disclosure d, int serial) {
        String unit = d.department().units().get(a % d.department().units().size()).code();
        return new Project(unit, String.format("130202%02dN%012d", d.fiscalYear() % 100, serial), "新增项目" + text,
                new Budget(amount, amount, null), "用于" + text + "相关支出。", List.of(), "完成" + text + "任务。",
                List.of(newRow()));
    }

    private Indicator newRow() {
        return new Indicator("产出指标", "数量指标", "新增指标" + text, "新增" + text, IndicatorValue.parse(value), "工作计划");
    }

    private static Disclosure swap(Disclosure d, int i, int j) {
        List<Project> projects = new ArrayList<>(d.projects());
        Collections.swap(projects, i, j);
        return Edits.projects(d, projects);
    }

    private static Disclosure goals(Disclosure d, List<String> overall, List<ItemizedGoal> itemized, List<String> measures) {
        return Edits.goals(d, new DepartmentGoals(overall, itemized, measures));
    }

    private static Disclosure department(Disclosure d, Department department) {
        return new Disclosure(department, d.fiscalYear(), d.goals(), d.projects());
    }
}
