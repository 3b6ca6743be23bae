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
 * @param text        the written values as character edits, for display (qualitative changes are only this)
 */
public record ValueChange(IndicatorValue from, IndicatorValue to, ValueChangeKind kind, BigDecimal numberDelta,
                          TextChange text) {
    public ValueChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    /** A change whose {@code text} is the diff of the two written values ({@code null} when written alike). */
    static ValueChange of(IndicatorValue from, IndicatorValue to, ValueChangeKind kind, BigDecimal numberDelta) {
        return new ValueChange(from, to, kind, numberDelta, TextChange.between(from.text(), to.text()));
    }
}
