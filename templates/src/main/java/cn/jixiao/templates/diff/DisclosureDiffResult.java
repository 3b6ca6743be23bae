package cn.jixiao.templates.diff;

import java.util.List;
import java.util.Objects;

import cn.jixiao.templates.disclosure.Project;

/**
 * What changed between two versions of a department's disclosure. Complete: {@link DiffApplier} rebuilds
 * the new version from the old one and this result. Not changes: the fiscal year, the year digits of
 * project codes, and amounts written with another scale (3.6 vs 3.60).
 *
 * @param fromYear   fiscal year of the old version
 * @param toYear     fiscal year of the new version
 * @param department changes of the department and its units
 * @param matches    every matched project pair, changed or not, in the new version's order
 * @param projects   projects added, removed and changed
 * @param totals     department totals of 预算数, 财政资金, 其他资金 over all projects
 * @param goals      changes of Part 1
 * @param summary    counts
 */
public record DisclosureDiffResult(int fromYear, int toYear, DepartmentChange department, List<ProjectMatch> matches,
                                   ListChanges<Project, ProjectChange> projects, BudgetDelta totals, GoalsChange goals,
                                   DiffSummary summary) {

    public DisclosureDiffResult {
        Objects.requireNonNull(department, "department");
        matches = List.copyOf(matches);
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(summary, "summary");
    }

    /** True when the two versions say the same thing. */
    public boolean isEmpty() {
        return department.isEmpty() && projects.isEmpty() && goals.isEmpty();
    }
}
