package cn.jixiao.templates.diff;

import java.util.Objects;

import cn.jixiao.templates.disclosure.Indicator;

/**
 * A matched indicator row (绩效指标) that changed. Matched rows share 一级 and 二级指标; a part that did not
 * change is {@code null}.
 *
 * @param fromIndex   row in the old table
 * @param toIndex     row in the new table
 * @param moved       the row changed places
 * @param from        the old row, for display
 * @param level3      change of 三级指标
 * @param description change of 绩效指标描述
 * @param value       change of 指标值
 * @param basis       change of 指标值确定依据
 */
public record IndicatorChange(int fromIndex, int toIndex, boolean moved, Indicator from, TextChange level3,
                              TextChange description, ValueChange value, TextChange basis) implements MatchedChange {
    public IndicatorChange {
        Objects.requireNonNull(from, "from");
    }
}
