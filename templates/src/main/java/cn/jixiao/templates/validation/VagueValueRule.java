package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;

/** indicator.value.vague: a 指标值 that defers to circumstances (根据实际…, 按实际工作需求…) sets no target. */
final class VagueValueRule implements Rule {

    @Override
    public String id() {
        return "indicator.value.vague";
    }

    @Override
    public String source() {
        return Sources.MOF_2021_INDICATORS;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            ctx.grammar().vaguePhrase(v.text()).ifPresent(phrase -> ctx.report(
                    row.at(BuiltInField.INDICATOR_VALUE.id()),
                    "指标值「" + v.text() + "」含模糊表述「" + phrase + "」，没有给出可衡量的目标值"));
        }
    }
}
