package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.FieldDef;

/** field.maxLength: no built-in text is longer than the template's maxLength for it. */
final class FieldMaxLengthRule implements Rule {

    @Override
    public String id() {
        return "field.maxLength";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        for (FieldDef f : ctx.template().builtInFields()) {
            Integer max = f.limits().maxLength();
            if (max == null) {
                continue;
            }
            BuiltInField field = BuiltInField.byId(f.id()).orElseThrow();
            for (FieldOccurrence o : FieldOccurrence.of(field, ctx.disclosure())) {
                int length = o.textLength();
                if (length > max) {
                    ctx.report(o.location(), "「" + f.label() + "」共 " + length + " 个字，超过上限 " + max + " 个字");
                }
            }
        }
    }
}
