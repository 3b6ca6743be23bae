package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.ValueExpectation;

/** indicator.cost.money: a 成本指标 (any node expecting money) is written as an amount, e.g. "≤3.6万元". */
final class CostMoneyRule implements Rule {

    @Override
    public String id() {
        return "indicator.cost.money";
    }

    @Override
    public String source() {
        return Sources.MOF_2021_INDICATORS;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IndicatorRow row : ctx.indicatorRows()) {
            IndicatorValue v = row.indicator().value();
            // Qualitative and unit-less values are the findings of the qualitative and unit rules
            if (row.level2() == null || row.level2().expects() != ValueExpectation.MONEY
                    || v.kind() != IndicatorValue.Kind.QUANTITATIVE || v.unit() == null || ctx.grammar().isMoney(v)) {
                continue;
            }
            ctx.report(row.at(BuiltInField.INDICATOR_VALUE.id()), row.level2Name() + "的指标值应为金额（"
                    + String.join("、", ctx.grammar().moneyUnits().keySet()) + "），「" + v.text() + "」不是金额");
        }
    }
}
