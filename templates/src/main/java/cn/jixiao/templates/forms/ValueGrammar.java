package cn.jixiao.templates.forms;

import cn.jixiao.templates.disclosure.IndicatorValue;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The grammar of 指标值: a quantitative value is "[comparator] number unit" (parsed by
 * {@link IndicatorValue#parse(String)}); the template says which units are percentages and money,
 * which phrasings are vague, and whether a unit is required.
 *
 * @param percentUnits  units that make a value a percentage, e.g. "%", "百分比"
 * @param moneyUnits    money units and their factor to 万元, e.g. "元" → 0.0001
 * @param vaguePatterns Java regular expressions of vague phrasings, e.g. "根据.*实际"
 * @param unitRequired  whether a quantitative value must carry a unit
 */
public record ValueGrammar(List<String> percentUnits, Map<String, BigDecimal> moneyUnits,
                           List<String> vaguePatterns, boolean unitRequired) {
    public ValueGrammar {
        percentUnits = List.copyOf(percentUnits);
        moneyUnits = Collections.unmodifiableMap(new LinkedHashMap<>(moneyUnits));
        vaguePatterns = List.copyOf(vaguePatterns);
    }

    /** True for a quantitative value in one of the percent units. */
    public boolean isPercent(IndicatorValue value) {
        return value.kind() == IndicatorValue.Kind.QUANTITATIVE && value.unit() != null
                && percentUnits.contains(value.unit());
    }

    /** True for a quantitative value in one of the money units. */
    public boolean isMoney(IndicatorValue value) {
        return value.kind() == IndicatorValue.Kind.QUANTITATIVE && value.unit() != null
                && moneyUnits.containsKey(value.unit());
    }

    /** The amount of a money value in 万元, empty for any other value. */
    public Optional<BigDecimal> toWan(IndicatorValue value) {
        if (!isMoney(value)) {
            return Optional.empty();
        }
        return Optional.of(value.number().multiply(moneyUnits.get(value.unit())));
    }

    /** The first vague pattern found in the text, if any. */
    public Optional<String> vaguePhrase(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String p : vaguePatterns) {
            var m = Pattern.compile(p).matcher(text);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
