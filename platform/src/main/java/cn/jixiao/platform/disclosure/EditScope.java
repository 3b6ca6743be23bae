package cn.jixiao.platform.disclosure;

import java.util.Map;
import java.util.Set;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.diff.Added;
import cn.jixiao.templates.diff.DisclosureDiff;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.ProjectMatch;
import cn.jixiao.templates.diff.Removed;

/**
 * What a principal limited to some units may change in a save: only projects of those units. The
 * templates library's diff pairs the projects of the stored and the incoming version (as it does
 * for the diff reports); a project added, removed, or differing in any way from its pair is
 * attributed to its unit (both units when it moved between units). Part 1, the department and the
 * custom fields belong to the whole department. A change of places alone is not a change: moving
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
        if (!current.goals().equals(incoming.goals())) {
            throw new OutsideUnitScopeException("第一部分（部门整体绩效目标）");
        }
        if (!currentFields.equals(incomingFields)) {
            throw new OutsideUnitScopeException("部门的自定义字段");
        }
        DisclosureDiffResult diff = DisclosureDiff.compare(current, incoming);
        for (Added<Project> added : diff.projects().added()) {
            requireUnit(added.item().unitCode(), units, current.department());
        }
        for (Removed<Project> removed : diff.projects().removed()) {
            requireUnit(removed.item().unitCode(), units, current.department());
        }
        for (ProjectMatch match : diff.matches()) {
            Project before = current.projects().get(match.fromIndex());
            Project after = incoming.projects().get(match.toIndex());
            if (!before.equals(after)) {
                requireUnit(before.unitCode(), units, current.department());
                requireUnit(after.unitCode(), units, current.department());
            }
        }
    }

    private static void requireUnit(String unitCode, Set<String> units, Department department) {
        if (!units.contains(unitCode)) {
            String name = department.units().stream().filter(u -> u.code().equals(unitCode)).map(u -> "（" + u.name() + "）")
                    .findFirst().orElse("");
            throw new OutsideUnitScopeException("单位 " + unitCode + name + " 的项目");
        }
    }
}
