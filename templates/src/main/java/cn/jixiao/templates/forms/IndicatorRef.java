package cn.jixiao.templates.forms;

import java.util.Objects;

/**
 * A place in the hierarchy: a 一级指标, or a 二级指标 under it.
 *
 * @param level1 一级指标 label
 * @param level2 二级指标 label, {@code null} for the whole 一级
 */
public record IndicatorRef(String level1, String level2) {
    public IndicatorRef {
        Objects.requireNonNull(level1, "level1");
    }

    @Override
    public String toString() {
        return level2 == null ? level1 : level1 + "/" + level2;
    }
}
