package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.jixiao.templates.disclosure.Project;

/**
 * All departments of a district in two years.
 *
 * @param departments one entry per department code of either year, by code
 * @param totals      district totals of 预算数, 财政资金 and 其他资金
 * @param summary     counts added up over all departments
 */
public record DistrictDiffResult(List<DepartmentDiff> departments, BudgetDelta totals, DiffSummary summary) {

    public DistrictDiffResult {
        departments = List.copyOf(departments);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(summary, "summary");
    }

    /** The departments in the given order. */
    public List<DepartmentDiff> sorted(DepartmentOrder order) {
        return departments.stream().sorted(order.comparator()).toList();
    }

    /** Departments with the given status, by code. */
    public List<DepartmentDiff> withStatus(DepartmentStatus status) {
        return departments.stream().filter(d -> d.status() == status).toList();
    }

    /** Projects (added, removed or matched) with the largest absolute change of 预算数, at most {@code limit}. */
    public List<ProjectMoneyChange> biggestProjectChanges(int limit) {
        List<ProjectMoneyChange> all = new ArrayList<>();
        for (DepartmentDiff d : departments) {
            DisclosureDiffResult diff = d.diff();
            for (Added<Project> a : diff.projects().added()) {
                all.add(new ProjectMoneyChange(d.code(), d.name(), null, a.item().code(), a.item().name(),
                        MoneyDelta.of(null, a.item().budget().total())));
            }
            for (Removed<Project> r : diff.projects().removed()) {
                all.add(new ProjectMoneyChange(d.code(), d.name(), r.item().code(), null, r.item().name(),
                        MoneyDelta.of(r.item().budget().total(), null)));
            }
            for (ProjectChange c : diff.projects().changed()) {
                if (c.budget().total().isChanged()) {
                    all.add(new ProjectMoneyChange(d.code(), d.name(), c.match().fromCode(), c.match().toCode(),
                            c.match().toName(), c.budget().total()));
                }
            }
        }
        return all.stream()
                .filter(c -> c.total().isChanged())
                .sorted(Comparator.comparing((ProjectMoneyChange c) -> abs(c.total().delta())).reversed()
                        .thenComparing(ProjectMoneyChange::departmentCode)
                        .thenComparing(c -> c.toCode() == null ? c.fromCode() : c.toCode()))
                .limit(limit)
                .toList();
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v.abs();
    }
}
