package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;

/** indicator.value.unit: a quantitative 指标值 carries a unit ("≥90" says nothing about what is counted). */
final class ValueUnitRule implements Rule {

    @Override
    public String id() {
        return "indicator.value.unit";
    }

    @Override
    public String source() {
        return Sources.MOF_2021_INDICATORS;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.grammar().unitRequired()) {
            return;
        }
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            if (v.kind() == IndicatorValue.Kind.QUANTITATIVE && v.unit() == null) {
                ctx.report(row.at(BuiltInField.INDICATOR_VALUE.id()),
                        "指标值「" + v.text() + "」缺少计量单位，应写成“比较符+数值+单位”，如「≥90%」「≤3.6万元」");
            }
        }
    }
}
