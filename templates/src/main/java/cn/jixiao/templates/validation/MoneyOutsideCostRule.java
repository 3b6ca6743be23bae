package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;

/**
 * indicator.money.outsideCost: money belongs in 成本指标 (and, in the default template, 经济效益指标);
 * a 时效指标 of "≤38万元" restates the cost instead of a deadline.
 */
final class MoneyOutsideCostRule implements Rule {

    @Override
    public String id() {
        return "indicator.money.outsideCost";
    }

    @Override
    public String source() {
        return Sources.MOF_2021_INDICATORS;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            if (row.level2() != null && !row.level2().moneyAllowed() && ctx.grammar().isMoney(v)) {
                ctx.report(row.at(BuiltInField.INDICATOR_VALUE.id()), "指标值「" + v.text() + "」是金额，"
                        + row.level2Name() + "不应以金额计量，金额属于成本指标");
            }
        }
    }
}
