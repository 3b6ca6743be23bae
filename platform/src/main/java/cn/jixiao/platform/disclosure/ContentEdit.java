package cn.jixiao.platform.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;

/**
 * One edit at the level a person works at, as a change of the content plus the audit action that
 * names it; {@code DisclosureCommands.edit} applies it. Projects and indicator rows are addressed by 1-based position in the base revision.
 *
 * @param action       audit action, e.g. {@code INDICATOR_EDITED}
 * @param target       what it addresses, for the audit detail, e.g. {@code projects/2/indicators/3}
 * @param customFields the change of the department's custom field values (Part 1's page edits them)
 */
public record ContentEdit(String action, String target, UnaryOperator<Disclosure> change,
                          UnaryOperator<Map<String, String>> customFields) {

    ContentEdit(String action, String target, UnaryOperator<Disclosure> change) {
        this(action, target, change, UnaryOperator.identity());
    }

    public static ContentEdit goals(DepartmentGoals goals) {
        return new ContentEdit("GOALS_EDITED", "goals", d -> new Disclosure(d.department(), d.fiscalYear(), goals, d.projects()));
    }

    /** Part 1 with the values of the template's custom fields (blank values are dropped: not given). */
    public static ContentEdit goals(DepartmentGoals goals, Map<String, String> customFields) {
        Map<String, String> given = new LinkedHashMap<>();
        customFields.forEach((id, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(id, value.strip());
            }
        });
        return new ContentEdit("GOALS_EDITED", "goals", goals(goals).change(), current -> Collections.unmodifiableMap(given));
    }

    /** @param position where the project goes (1-based), null for the end */
    public static ContentEdit addProject(Integer position, ProjectFields fields, List<SpendCheckpoint> spendPlan,
                                  List<Indicator> indicators) {
        Project project = new Project(fields.unitCode(), fields.code(), fields.name(), fields.budget(), fields.purpose(),
                spendPlan, fields.goal(), indicators);
        return new ContentEdit("PROJECT_ADDED", "projects", d -> withProjects(d, insert(d.projects(), position, project, "项目")));
    }

    public static ContentEdit editProject(int n, ProjectFields fields) {
        return onProject("PROJECT_EDITED", n, "", p -> new Project(fields.unitCode(), fields.code(), fields.name(), fields.budget(),
                fields.purpose(), p.spendPlan(), fields.goal(), p.indicators()));
    }

    public static ContentEdit moveProject(int n, int to) {
        return new ContentEdit("PROJECT_MOVED", "projects/" + n, d -> withProjects(d, move(d.projects(), n, to, "项目")));
    }

    public static ContentEdit deleteProject(int n) {
        return new ContentEdit("PROJECT_DELETED", "projects/" + n, d -> withProjects(d, remove(d.projects(), n, "项目")));
    }

    public static ContentEdit replaceSpendPlan(int n, List<SpendCheckpoint> checkpoints) {
        return onProject("SPEND_PLAN_REPLACED", n, "/spend-plan", p -> new Project(p.unitCode(), p.code(), p.name(), p.budget(),
                p.purpose(), checkpoints, p.goal(), p.indicators()));
    }

    /** @param position where the row goes (1-based), null for the end */
    public static ContentEdit addIndicator(int n, Integer position, Indicator row) {
        return onProject("INDICATOR_ADDED", n, "/indicators", p -> withIndicators(p, insert(p.indicators(), position, row, "指标")));
    }

    public static ContentEdit editIndicator(int n, int i, Indicator row) {
        return onProject("INDICATOR_EDITED", n, "/indicators/" + i, p -> {
            List<Indicator> rows = new ArrayList<>(p.indicators());
            rows.set(index(rows, i, "指标"), row);
            return withIndicators(p, rows);
        });
    }

    /** Several rows of one table at once, as a person fixes a table whose errors hold each other up. */
    public static ContentEdit replaceIndicators(int n, List<Indicator> rows) {
        return onProject("INDICATORS_REPLACED", n, "/indicators", p -> withIndicators(p, rows));
    }

    public static ContentEdit moveIndicator(int n, int i, int to) {
        return onProject("INDICATOR_MOVED", n, "/indicators/" + i, p -> withIndicators(p, move(p.indicators(), i, to, "指标")));
    }

    public static ContentEdit deleteIndicator(int n, int i) {
        return onProject("INDICATOR_DELETED", n, "/indicators/" + i, p -> withIndicators(p, remove(p.indicators(), i, "指标")));
    }

    private static ContentEdit onProject(String action, int n, String below, UnaryOperator<Project> change) {
        return new ContentEdit(action, "projects/" + n + below, d -> {
            List<Project> projects = new ArrayList<>(d.projects());
            int at = index(projects, n, "项目");
            projects.set(at, change.apply(projects.get(at)));
            return withProjects(d, projects);
        });
    }

    private static Disclosure withProjects(Disclosure d, List<Project> projects) {
        return new Disclosure(d.department(), d.fiscalYear(), d.goals(), projects);
    }

    private static Project withIndicators(Project p, List<Indicator> rows) {
        return new Project(p.unitCode(), p.code(), p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(), rows);
    }

    private static <T> List<T> insert(List<T> list, Integer position, T item, String what) {
        List<T> copy = new ArrayList<>(list);
        int at = position == null ? copy.size() : position - 1;
        if (at < 0 || at > copy.size()) {
            throw new PositionNotFoundException(what, position, copy.size() + 1);
        }
        copy.add(at, item);
        return copy;
    }

    private static <T> List<T> move(List<T> list, int from, int to, String what) {
        List<T> copy = new ArrayList<>(list);
        T item = copy.remove(index(copy, from, what));
        if (to < 1 || to > copy.size() + 1) {
            throw new PositionNotFoundException(what, to, copy.size() + 1);
        }
        copy.add(to - 1, item);
        return copy;
    }

    private static <T> List<T> remove(List<T> list, int n, String what) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index(copy, n, what));
        return copy;
    }

    private static int index(List<?> list, int n, String what) {
        if (n < 1 || n > list.size()) {
            throw new PositionNotFoundException(what, n, list.size());
        }
        return n - 1;
    }
}
