package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;
import java.math.BigDecimal;

/** indicator.percent.range: a percentage 指标值 lies within the rule's min–max (default 0–100). */
final class PercentRangeRule implements Rule {

    @Override
    public String id() {
        return "indicator.percent.range";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        BigDecimal min = ctx.setting().param("min", BigDecimal.ZERO);
        BigDecimal max = ctx.setting().param("max", BigDecimal.valueOf(100));
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            if (ctx.grammar().isPercent(v) && (v.number().compareTo(min) < 0 || v.number().compareTo(max) > 0)) {
                ctx.report(row.at(BuiltInField.INDICATOR_VALUE.id()), "百分比「" + v.text() + "」不在 "
                        + Numbers.plain(min) + "%–" + Numbers.plain(max) + "% 之间");
            }
        }
    }
}
