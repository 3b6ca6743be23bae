package cn.jixiao.templates.disclosure;

import java.util.Objects;

/**
 * One row of a project's indicator table. Levels 1 and 2 are filled in on every row,
 * even where the source leaves them blank because the cells are merged.
 *
 * @param level1      一级指标, e.g. "产出指标"
 * @param level2      二级指标, e.g. "成本指标"
 * @param level3      三级指标
 * @param description 绩效指标描述
 * @param value       指标值
 * @param basis       指标值确定依据
 */
public record Indicator(String level1, String level2, String level3, String description,
                                                IndicatorValue value, String basis) {
    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
