package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.FieldDef;

/** customField.required: every custom field the template marks required has a value. */
final class CustomFieldRequiredRule implements Rule {

    @Override
    public String id() {
        return "customField.required";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        for (FieldDef f : ctx.template().customFields()) {
            String value = ctx.customFieldValues().get(f.id());
            if (f.required() && (value == null || value.isBlank())) {
                ctx.report(Locations.customField(f.id()), "为必填项，不能为空");
            }
        }
    }
}
