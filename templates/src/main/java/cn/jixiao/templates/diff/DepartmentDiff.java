package cn.jixiao.templates.diff;

import java.util.Objects;

/**
 * One department of a district comparison. A department present in one year only is compared with an
 * empty disclosure, so its diff lists all its projects as added or removed.
 *
 * @param code   department code
 * @param name   department name (the new one, or the old one for a removed department)
 * @param status added, removed, changed or unchanged
 * @param diff   the department's full diff
 */
public record DepartmentDiff(String code, String name, DepartmentStatus status, DisclosureDiffResult diff) {

    public DepartmentDiff {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(diff, "diff");
    }

    /** 预算数, 财政资金 and 其他资金 totals of the department in both years. */
    public BudgetDelta totals() {
        return diff.totals();
    }
}
