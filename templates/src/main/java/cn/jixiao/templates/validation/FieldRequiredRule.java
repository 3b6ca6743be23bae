package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.FieldDef;

/** field.required: every built-in field the template marks required is filled in, wherever it occurs. */
final class FieldRequiredRule implements Rule {

    @Override
    public String id() {
        return "field.required";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        for (FieldDef f : ctx.template().builtInFields()) {
            if (!f.required()) {
                continue;
            }
            BuiltInField field = BuiltInField.byId(f.id()).orElseThrow();
            for (FieldOccurrence o : FieldOccurrence.of(field, ctx.disclosure())) {
                if (o.isEmpty()) {
                    ctx.report(o.location(), "「" + f.label() + "」为必填项，不能为空");
                }
            }
        }
    }
}
