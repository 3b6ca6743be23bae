package cn.jixiao.templates.diff;

import java.util.Objects;

import cn.jixiao.templates.disclosure.ItemizedGoal;

/**
 * Changes of Part 1 (部门整体绩效目标); paragraphs and items are aligned by position and text similarity.
 *
 * @param overall  总体绩效目标 paragraphs
 * @param itemized 分项绩效目标
 * @param measures 工作保障措施 paragraphs
 */
public record GoalsChange(ListChanges<String, ParagraphChange> overall,
                          ListChanges<ItemizedGoal, ItemizedGoalChange> itemized,
                          ListChanges<String, ParagraphChange> measures) {

    public GoalsChange {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(itemized, "itemized");
        Objects.requireNonNull(measures, "measures");
    }

    /** True when Part 1 is unchanged. */
    public boolean isEmpty() {
        return overall.isEmpty() && itemized.isEmpty() && measures.isEmpty();
    }

    /** Paragraphs and items added, removed or edited. */
    public int count() {
        return overall.count() + itemized.count() + measures.count();
    }
}
