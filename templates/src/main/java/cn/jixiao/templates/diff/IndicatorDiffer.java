package cn.jixiao.templates.diff;

import java.util.List;

import cn.jixiao.templates.disclosure.Indicator;

/** The changes of a project's indicator table. */
final class IndicatorDiffer {

    private IndicatorDiffer() {}

    static ListChanges<Indicator, IndicatorChange> diff(List<Indicator> from, List<Indicator> to) {
        if (from.equals(to)) {
            return ListChanges.none();
        }
        return ListDiffer.diff(from, to, IndicatorMatcher.match(from, to), IndicatorDiffer::change);
    }

    private static IndicatorChange change(IndexPair pair, Indicator from, Indicator to, boolean moved) {
        TextChange level3 = TextChange.between(from.level3(), to.level3());
        TextChange description = TextChange.between(from.description(), to.description());
        ValueChange value = ValueComparison.compare(from.value(), to.value());
        TextChange basis = TextChange.between(from.basis(), to.basis());
        if (!moved && level3 == null && description == null && value == null && basis == null) {
            return null;
        }
        return new IndicatorChange(pair.fromIndex(), pair.toIndex(), moved, from, level3, description, value, basis);
    }
}
