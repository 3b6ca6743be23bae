package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.Objects;

import cn.jixiao.templates.disclosure.IndicatorValue;

/**
 * A changed target value (指标值).
 *
 * @param from        old value
 * @param to          new value
 * @param kind        how it changed
 * @param numberDelta {@code to.number − from.number} when both are quantitative in the same unit, else {@code null}
 */
public record ValueChange(IndicatorValue from, IndicatorValue to, ValueChangeKind kind, BigDecimal numberDelta) {
    public ValueChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }
}
