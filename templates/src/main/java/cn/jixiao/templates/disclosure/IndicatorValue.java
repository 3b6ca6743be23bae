package cn.jixiao.templates.disclosure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A target value (指标值) as written plus its parsed form.
 *
 * <p>{@code QUANTITATIVE} values are "[comparator] number [unit]", e.g. "≤3.6万元", "≥90百分比", "100%".
 * A value written without a comparator gets {@link Comparator#EQ}: a bare target is met by reaching it,
 * and whether "=" was actually written stays visible in {@link #text()}. {@code comparator} and
 * {@code number} are non-null exactly for {@code QUANTITATIVE}; {@code unit} is the text after the number
 * (trimmed, full-width "％" written as "%"), {@code null} when there is none or the kind is not quantitative.
 * Everything else non-blank is {@code QUALITATIVE} (e.g. "较好"); null or blank text is {@code EMPTY}.
 *
 * @param text       the value exactly as given ("" for null)
 * @param kind       parsed kind
 * @param comparator relation, only for {@code QUANTITATIVE}
 * @param number     number with its written scale, only for {@code QUANTITATIVE}
 * @param unit       unit as written, or {@code null}
 */
public record IndicatorValue(String text, Kind kind, Comparator comparator, BigDecimal number, String unit) {

    /** Whether a value can be measured against a number. */
    public enum Kind { QUANTITATIVE, QUALITATIVE, EMPTY }

    private static final Set<String> PERCENT_UNITS = Set.of("%", "百分比");
    private static final Set<String> MONEY_UNITS = Set.of("元", "千元", "万元", "亿元");

    public IndicatorValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.QUANTITATIVE) {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(number, "number");
        } else if (comparator != null || number != null || unit != null) {
            throw new IllegalArgumentException(kind + " value must not have comparator, number or unit");
        }
    }

    /** Parses a written value; never fails, unrecognised text is {@code QUALITATIVE}. */
    public static IndicatorValue parse(String text) {
        return IndicatorValueParser.parse(text);
    }

    /** True for a quantitative value in % or 百分比. */
    public boolean isPercent() {
        return unit != null && PERCENT_UNITS.contains(unit);
    }

    /** True for a quantitative value in 元, 千元, 万元 or 亿元. */
    public boolean isMoney() {
        return unit != null && MONEY_UNITS.contains(unit);
    }
}
