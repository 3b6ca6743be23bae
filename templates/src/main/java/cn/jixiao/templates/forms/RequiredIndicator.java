package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Objects;

/**
 * An indicator every project must have; any one of the alternatives satisfies it
 * (成本指标 under 产出指标 in the 2020 layout, or as its own 一级 in the 2021 layout).
 *
 * @param name  name used in messages, e.g. "成本指标"
 * @param anyOf alternatives
 */
public record RequiredIndicator(String name, List<IndicatorRef> anyOf) {
    public RequiredIndicator {
        Objects.requireNonNull(name, "name");
        anyOf = List.copyOf(anyOf);
    }
}
