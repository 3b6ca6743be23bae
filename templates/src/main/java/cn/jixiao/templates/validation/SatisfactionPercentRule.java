package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.ValueExpectation;

/**
 * indicator.satisfaction.percent: where the hierarchy expects a percentage (服务对象满意度指标), a quantitative
 * value in another unit ("≥90分") is flagged. Money and qualitative values are left to their own rules.
 */
final class SatisfactionPercentRule implements Rule {

    @Override
    public String id() {
        return "indicator.satisfaction.percent";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            if (row.level2() == null || row.level2().expects() != ValueExpectation.PERCENT
                    || v.kind() != IndicatorValue.Kind.QUANTITATIVE || v.unit() == null
                    || ctx.grammar().isPercent(v) || ctx.grammar().isMoney(v)) {
                continue;
            }
            ctx.report(row.at(BuiltInField.INDICATOR_VALUE.id()), row.level2Name() + "应为百分比，如「≥90%」，「"
                    + v.text() + "」的单位是“" + v.unit() + "”");
        }
    }
}
