package cn.jixiao.templates.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A department's budget performance-goal disclosure for one fiscal year:
 * Part 1 (department goals) and Part 2 (project goal tables).
 *
 * @param department the disclosing department and its units
 * @param fiscalYear budget year, e.g. 2025
 * @param goals      Part 1, empty if the document has none
 * @param projects   Part 2 projects in document order
 */
public record Disclosure(Department department, int fiscalYear, DepartmentGoals goals, List<Project> projects) {
    public Disclosure {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(goals, "goals");
        projects = List.copyOf(projects);
    }
}
