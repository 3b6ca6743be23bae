package cn.jixiao.templates.disclosure;

import java.util.List;

/**
 * Part 1 of a disclosure: the department's overall goals.
 *
 * @param overall  总体绩效目标 paragraphs as written
 * @param itemized 分项绩效目标 in document order
 * @param measures 工作保障措施 paragraphs as written, including their own "1." / "一是" prefixes
 */
public record DepartmentGoals(List<String> overall, List<ItemizedGoal> itemized, List<String> measures) {
    public DepartmentGoals {
        overall = List.copyOf(overall);
        itemized = List.copyOf(itemized);
        measures = List.copyOf(measures);
    }

    /** Goals of a disclosure that has no Part 1. */
    public static DepartmentGoals empty() {
        return new DepartmentGoals(List.of(), List.of(), List.of());
    }
}
