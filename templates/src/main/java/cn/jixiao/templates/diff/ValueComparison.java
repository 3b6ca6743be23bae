package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.Objects;

import cn.jixiao.templates.disclosure.Comparator;
import cn.jixiao.templates.disclosure.IndicatorValue;

/** Compares two target values on their parsed form (comparator, number, unit), not on their wording. */
final class ValueComparison {

    private ValueComparison() {}

    /** The change, or {@code null} when the values are the same. */
    static ValueChange compare(IndicatorValue from, IndicatorValue to) {
        if (from.equals(to)) {
            return null;
        }
        if (from.kind() != to.kind()) {
            return ValueChange.of(from, to, ValueChangeKind.KIND_CHANGED, null);
        }
        if (from.kind() != IndicatorValue.Kind.QUANTITATIVE) {
            // two EMPTY values differ only in blank characters
            ValueChangeKind kind = from.kind() == IndicatorValue.Kind.QUALITATIVE
                    ? ValueChangeKind.QUALITATIVE_CHANGED : ValueChangeKind.REWORDED;
            return ValueChange.of(from, to, kind, null);
        }
        if (!sameUnit(from, to)) {
            return ValueChange.of(from, to, ValueChangeKind.UNIT_CHANGED, null);
        }
        BigDecimal delta = to.number().subtract(from.number());
        if (from.comparator() != to.comparator()) {
            return ValueChange.of(from, to, ValueChangeKind.COMPARATOR_CHANGED, delta);
        }
        if (delta.signum() == 0) {
            return ValueChange.of(from, to, ValueChangeKind.REWORDED, delta);
        }
        boolean higherIsHarder = from.comparator() != Comparator.LE && from.comparator() != Comparator.LT;
        boolean harder = (delta.signum() > 0) == higherIsHarder;
        return ValueChange.of(from, to, harder ? ValueChangeKind.TIGHTENED : ValueChangeKind.LOOSENED, delta);
    }

    private static boolean sameUnit(IndicatorValue a, IndicatorValue b) {
        return a.isPercent() && b.isPercent() || Objects.equals(a.unit(), b.unit());
    }
}
