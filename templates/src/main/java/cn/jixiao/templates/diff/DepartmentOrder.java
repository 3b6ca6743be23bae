package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.Comparator;

/** Orders for a district's departments; the "biggest change" orders put the largest first, ties by code. */
public enum DepartmentOrder {
    /** By department code. */
    CODE(Comparator.comparing(DepartmentDiff::code)),
    /** By the absolute change of 预算数 in 万元. */
    TOTAL_DELTA(Comparator.comparing((DepartmentDiff d) -> abs(d.totals().total().delta())).reversed()),
    /** By the absolute change of 预算数 in %; departments without a percentage (new, or zero before) last. */
    TOTAL_PERCENT(Comparator.comparing((DepartmentDiff d) -> d.totals().total().percent() == null)
            .thenComparing(Comparator.comparing((DepartmentDiff d) -> abs(d.totals().total().percent())).reversed())),
    /** By projects added, removed and changed. */
    PROJECT_CHANGES(Comparator.comparingInt((DepartmentDiff d) -> d.diff().projects().count()).reversed()),
    /** By target values tightened or loosened. */
    TARGET_CHANGES(Comparator.comparingInt((DepartmentDiff d) ->
            d.diff().summary().targetsTightened() + d.diff().summary().targetsLoosened()).reversed()),
    /** By projects flagged with a money/target conflict. */
    CONFLICTS(Comparator.comparingInt((DepartmentDiff d) -> d.diff().summary().conflicts()).reversed());

    private final Comparator<DepartmentDiff> comparator;

    DepartmentOrder(Comparator<DepartmentDiff> comparator) {
        this.comparator = comparator.thenComparing(DepartmentDiff::code);
    }

    /** The comparator, ties broken by code. */
    public Comparator<DepartmentDiff> comparator() {
        return comparator;
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v.abs();
    }
}
