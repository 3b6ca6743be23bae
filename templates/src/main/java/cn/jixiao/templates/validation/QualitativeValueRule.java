package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;

/**
 * indicator.value.qualitative: where the hierarchy expects a number (产出 and 满意度 in the default template),
 * a qualitative 指标值 such as 较好 is a defect. Vague values are left to indicator.value.vague.
 */
final class QualitativeValueRule implements Rule {

    @Override
    public String id() {
        return "indicator.value.qualitative";
    }

    @Override
    public String source() {
        return Sources.MOF_2021_INDICATORS;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            if (row.level2() == null || !row.level2().expects().expectsNumber()
                    || v.kind() != IndicatorValue.Kind.QUALITATIVE || ctx.grammar().vaguePhrase(v.text()).isPresent()) {
                continue;
            }
            ctx.report(row.at(BuiltInField.INDICATOR_VALUE.id()), "指标值「" + v.text() + "」是定性描述，"
                    + row.level2Name() + "应为" + row.level2().expects().label() + "，写成“比较符+数值+单位”，如「≥90%」");
        }
    }
}
