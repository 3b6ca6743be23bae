package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;

/** Compares all departments of a district in two years (or two snapshots), matched by department code. */
public final class DistrictDiff {

    private DistrictDiff() {}

    /** Compares without overrides. */
    public static DistrictDiffResult compare(List<Disclosure> from, List<Disclosure> to) {
        return compare(from, to, Map.of());
    }

    /**
     * Compares two lists of disclosures.
     *
     * @param overrides project-matching overrides by department code
     * @throws IllegalArgumentException when a list holds a department code twice
     */
    public static DistrictDiffResult compare(List<Disclosure> from, List<Disclosure> to,
                                             Map<String, List<MatchOverride>> overrides) {
        Map<String, Disclosure> fromByCode = byCode(from);
        Map<String, Disclosure> toByCode = byCode(to);
        TreeSet<String> codes = new TreeSet<>(fromByCode.keySet());
        codes.addAll(toByCode.keySet());
        List<DepartmentDiff> departments = new ArrayList<>(codes.size());
        DiffSummary summary = DiffSummary.NONE;
        List<Project> fromProjects = new ArrayList<>();
        List<Project> toProjects = new ArrayList<>();
        for (String code : codes) {
            Disclosure a = fromByCode.get(code);
            Disclosure b = toByCode.get(code);
            DepartmentStatus status;
            if (a == null) {
                status = DepartmentStatus.ADDED;
                a = emptyLike(b, from.isEmpty() ? b.fiscalYear() : from.get(0).fiscalYear());
            } else if (b == null) {
                status = DepartmentStatus.REMOVED;
                b = emptyLike(a, to.isEmpty() ? a.fiscalYear() : to.get(0).fiscalYear());
            } else {
                status = null;
            }
            DisclosureDiffResult diff = DisclosureDiff.compare(a, b, overrides.getOrDefault(code, List.of()));
            if (status == null) {
                status = diff.isEmpty() ? DepartmentStatus.UNCHANGED : DepartmentStatus.CHANGED;
            }
            String name = (status == DepartmentStatus.REMOVED ? a : b).department().name();
            departments.add(new DepartmentDiff(code, name, status, diff));
            summary = summary.plus(diff.summary());
            fromProjects.addAll(a.projects());
            toProjects.addAll(b.projects());
        }
        return new DistrictDiffResult(departments, BudgetDelta.ofTotals(fromProjects, toProjects), summary);
    }

    /** A disclosure of the same department with nothing in it, standing in for a missing year. */
    private static Disclosure emptyLike(Disclosure d, int year) {
        Department department = new Department(d.department().code(), d.department().name(), List.of());
        return new Disclosure(department, year, DepartmentGoals.empty(), List.of());
    }

    private static Map<String, Disclosure> byCode(List<Disclosure> disclosures) {
        Map<String, Disclosure> byCode = new TreeMap<>();
        for (Disclosure d : disclosures) {
            if (byCode.put(d.department().code(), d) != null) {
                throw new IllegalArgumentException("department " + d.department().code() + " appears twice");
            }
        }
        return byCode;
    }
}
