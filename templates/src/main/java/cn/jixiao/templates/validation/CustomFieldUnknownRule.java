package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.FieldDef;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** customField.unknown: values for custom fields the template does not define would be dropped. */
final class CustomFieldUnknownRule implements Rule {

    @Override
    public String id() {
        return "customField.unknown";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> known = ctx.template().customFields().stream().map(FieldDef::id).collect(Collectors.toSet());
        // Sorted so the report does not depend on the map's iteration order
        for (String id : new TreeSet<>(ctx.customFieldValues().keySet())) {
            if (!known.contains(id)) {
                ctx.report(Locations.customField(id), "模板 " + ctx.template().ref() + " 没有定义该自定义字段，其值不会被保存");
            }
        }
    }
}
