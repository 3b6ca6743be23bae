package cn.jixiao.platform.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;

/**
 * What the person chose on accepting a draft the file could not fully say: the department, and for each project
 * (in draft order, {@code null} or missing = as read) the unit it belongs to. Files without unit codes need this.
 *
 * @param deptCode department code, or {@code null} to keep the draft's
 * @param deptName department name, or {@code null} to keep the draft's
 * @param projects one entry per project, or {@code null}
 */
public record ImportAssignment(String deptCode, String deptName, List<ProjectUnit> projects) {

    /** A project's unit: its code, and its name when the unit is new to the department. */
    public record ProjectUnit(String unitCode, String unitName) {
    }

    static final ImportAssignment NONE = new ImportAssignment(null, null, null);

    /** The draft with the choices applied; units chosen for projects join the department's units. */
    Disclosure applyTo(Disclosure draft) {
        Department department = draft.department();
        Map<String, Unit> units = new LinkedHashMap<>();
        department.units().forEach(u -> units.put(u.code(), u));
        List<Project> projects = new ArrayList<>(draft.projects());
        if (this.projects != null) {
            if (this.projects.size() > projects.size()) {
                throw new InvalidImportRequestException("projects 有 " + this.projects.size() + " 项，但草稿只有 "
                        + projects.size() + " 个项目");
            }
            for (int i = 0; i < this.projects.size(); i++) {
                ProjectUnit chosen = this.projects.get(i);
                if (chosen == null || blank(chosen.unitCode())) {
                    continue;
                }
                String code = chosen.unitCode().strip();
                Unit known = units.get(code);
                String name = blank(chosen.unitName()) ? (known == null ? "" : known.name()) : chosen.unitName().strip();
                units.put(code, new Unit(code, name));
                Project p = projects.get(i);
                projects.set(i, new Project(code, p.code(), p.name(), p.budget(), p.purpose(), p.spendPlan(), p.goal(),
                        p.indicators()));
            }
        }
        // a unit the file named without a code cannot be stored; its projects now point to the chosen units
        Department chosen = new Department(blank(deptCode) ? department.code() : deptCode.strip(),
                blank(deptName) ? department.name() : deptName.strip(),
                units.values().stream().filter(u -> !blank(u.code())).toList());
        return new Disclosure(chosen, draft.fiscalYear(), draft.goals(), projects);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
