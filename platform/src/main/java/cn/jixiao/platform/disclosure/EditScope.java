package cn.jixiao.platform.disclosure;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.diff.Added;
import cn.jixiao.templates.diff.DisclosureDiff;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.ProjectChange;
import cn.jixiao.templates.diff.ProjectMatch;
import cn.jixiao.templates.diff.Removed;

/**
 * What a principal limited to some units may change in a save: only projects of those units. The
 * templates library's diff pairs the projects of the stored and the incoming version (as it does
 * for the diff reports); a project it reports added, removed or changed (or whose code changed) is
 * attributed to its unit (both units when it moved between units). Amounts written with another
 * scale (3.6 for 3.60) are the same amounts, as in the diff. The department belongs to the
 * district; Part 1 and the custom fields to the whole department, which the editor of its own unit
 * (本级, {@link #speaksForDepartment}) may edit. A change of places alone is not a change: moving
 * one's own project past another unit's cannot be told apart from the reverse.
 */
final class EditScope {

    private EditScope() {
    }

    /** @throws OutsideUnitScopeException naming the first thing outside {@code units} that the save changes */
    static void check(Disclosure current, Map<String, String> currentFields, Disclosure incoming,
                      Map<String, String> incomingFields, Set<String> units) {
        if (!current.department().equals(incoming.department())) {
            throw new OutsideUnitScopeException("部门或单位信息");
        }
        boolean forDepartment = speaksForDepartment(units, current.department().code());
        if (!forDepartment && !current.goals().equals(incoming.goals())) {
            throw new OutsideUnitScopeException("第一部分（部门整体绩效目标）");
        }
        if (!forDepartment && !currentFields.equals(incomingFields)) {
            throw new OutsideUnitScopeException("部门的自定义字段");
        }
        DisclosureDiffResult diff = DisclosureDiff.compare(current, incoming);
        for (Added<Project> added : diff.projects().added()) {
            requireUnit(added.item().unitCode(), units, current.department());
        }
        for (Removed<Project> removed : diff.projects().removed()) {
            requireUnit(removed.item().unitCode(), units, current.department());
        }
        Set<Integer> edited = diff.projects().changed().stream().filter(c -> !onlyMoved(c)).map(ProjectChange::toIndex)
                .collect(Collectors.toSet());
        for (ProjectMatch match : diff.matches()) {
            // the diff does not count a new year in a code as a change; a save still stores it
            if (edited.contains(match.toIndex()) || !match.fromCode().equals(match.toCode())) {
                requireUnit(current.projects().get(match.fromIndex()).unitCode(), units, current.department());
                requireUnit(incoming.projects().get(match.toIndex()).unitCode(), units, current.department());
            }
        }
    }

    /**
     * Whether units include the department's own unit (本级): budget systems number it as the
     * department code followed by 001, and its office writes the department's Part 1.
     */
    static boolean speaksForDepartment(Set<String> units, String departmentCode) {
        return units.contains(departmentCode + "001");
    }

    private static boolean onlyMoved(ProjectChange c) {
        return c.name() == null && c.unit() == null && !c.budget().isChanged() && c.purpose() == null && c.spendPlan() == null
                && c.goal() == null && c.indicators().isEmpty();
    }

    private static void requireUnit(String unitCode, Set<String> units, Department department) {
        if (!units.contains(unitCode)) {
            String name = department.units().stream().filter(u -> u.code().equals(unitCode)).map(u -> "（" + u.name() + "）")
                    .findFirst().orElse("");
            throw new OutsideUnitScopeException("单位 " + unitCode + name + " 的项目");
        }
    }
}
