package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.FieldDef;
import java.util.List;

/**
 * table.cell.empty: a blank cell in the indicator table or the spend plan that the template does not require
 * (required cells are field.required's errors; a blank last spend checkpoint is spendPlan.cumulative's).
 */
final class EmptyCellRule implements Rule {

    private static final List<BuiltInField> CELLS = List.of(
            BuiltInField.SPEND_LABEL, BuiltInField.SPEND_PERCENT,
            BuiltInField.INDICATOR_LEVEL1, BuiltInField.INDICATOR_LEVEL2, BuiltInField.INDICATOR_LEVEL3,
            BuiltInField.INDICATOR_DESCRIPTION, BuiltInField.INDICATOR_VALUE, BuiltInField.INDICATOR_BASIS);

    @Override
    public String id() {
        return "table.cell.empty";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        for (BuiltInField cell : CELLS) {
            if (ctx.field(cell.id()).map(FieldDef::required).orElse(false)) {
                continue;
            }
            for (FieldOccurrence o : FieldOccurrence.of(cell, ctx.disclosure())) {
                if (o.isEmpty() && !isLastSpendPercent(cell, o.location(), ctx)) {
                    ctx.report(o.location(), "单元格为空");
                }
            }
        }
    }

    private static boolean isLastSpendPercent(BuiltInField cell, Location at, RuleContext ctx) {
        return cell == BuiltInField.SPEND_PERCENT
                && at.row() == ctx.disclosure().projects().get(at.project() - 1).spendPlan().size();
    }
}
