package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.testing.SeedDocument;

/** Test edits of immutable disclosures: each returns a copy with one thing changed. */
final class Edits {

    static final String SEED_DEPARTMENT = SeedDocument.DEPARTMENT_NAME;

    private Edits() {}

    /** The 2025 seed of department 202. */
    static Disclosure seed() {
        return SeedDocument.disclosure();
    }

    /** Same content in another year: fiscal year set, year digits of every project code replaced. */
    static Disclosure rollForward(Disclosure d, int year) {
        List<Project> projects = d.projects().stream().map(p -> code(p, rollCode(p.code(), year))).toList();
        return new Disclosure(d.department(), year, d.goals(), projects);
    }

    static String rollCode(String code, int year) {
        return code.substring(0, 6) + String.format("%02d", year % 100) + code.substring(8);
    }

    static Disclosure projects(Disclosure d, List<Project> projects) {
        return new Disclosure(d.department(), d.fiscalYear(), d.goals(), projects);
    }

    static Disclosure project(Disclosure d, int index, UnaryOperator<Project> edit) {
        List<Project> projects = new ArrayList<>(d.projects());
        projects.set(index, edit.apply(projects.get(index)));
        return projects(d, projects);
    }

    static Disclosure removeProject(Disclosure d, int index) {
        List<Project> projects = new ArrayList<>(d.projects());
        projects.remove(index);
        return projects(d, projects);
    }

    static Disclosure insertProject(Disclosure d, int index, Project p) {
        List<Project> projects = new ArrayList<>(d.projects());
        projects.add(index, p);
        return projects(d, projects);
    }

    static Disclosure goals(Disclosure d, DepartmentGoals goals) {
        return new Disclosure(d.department(), d.fiscalYear(), goals, d.projects());
    }

    static Disclosure measure(Disclosure d, int index, String text) {
        List<String> measures = new ArrayList<>(d.goals().measures());
        measures.set(index, text);
        return goals(d, new DepartmentGoals(d.goals().overall(), d.goals().itemized(), measures));
    }

    static Project code(Project p, String code) {
        return new Project(p.unitCode(), code, p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators());
    }

    static Project name(Project p, String name) {
        return new Project(p.unitCode(), p.code(), name, p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators());
    }

    static Project unit(Project p, String unitCode) {
        return new Project(unitCode, p.code(), p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators());
    }

    static Project budget(Project p, Budget budget) {
        return new Project(p.unitCode(), p.code(), p.name(), budget, p.purpose(), p.spendPlan(), p.goal(), p.indicators());
    }

    static Project purpose(Project p, String purpose) {
        return new Project(p.unitCode(), p.code(), p.name(), p.budget(), purpose, p.spendPlan(), p.goal(), p.indicators());
    }

    static Project goal(Project p, String goal) {
        return new Project(p.unitCode(), p.code(), p.name(), p.budget(), p.purpose(), p.spendPlan(), goal, p.indicators());
    }

    static Project indicators(Project p, List<Indicator> indicators) {
        return new Project(p.unitCode(), p.code(), p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(), indicators);
    }

    static Project indicator(Project p, int index, UnaryOperator<Indicator> edit) {
        List<Indicator> rows = new ArrayList<>(p.indicators());
        rows.set(index, edit.apply(rows.get(index)));
        return indicators(p, rows);
    }

    static Indicator value(Indicator r, String value) {
        return new Indicator(r.level1(), r.level2(), r.level3(), r.description(), IndicatorValue.parse(value), r.basis());
    }

    static Indicator description(Indicator r, String description) {
        return new Indicator(r.level1(), r.level2(), r.level3(), description, r.value(), r.basis());
    }
}
