package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.FieldDef;
import cn.jixiao.templates.forms.FieldLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** customField.format: a custom field value fits its type (text, number, date, enum) and limits. */
final class CustomFieldFormatRule implements Rule {

    @Override
    public String id() {
        return "customField.format";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        for (FieldDef f : ctx.template().customFields()) {
            String value = ctx.customFieldValues().get(f.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            problem(f, value.strip()).ifPresent(p -> ctx.report(Locations.customField(f.id()), p));
        }
    }

    private static Optional<String> problem(FieldDef f, String value) {
        FieldLimits l = f.limits();
        switch (f.type()) {
            case TEXT -> {
                int length = value.codePointCount(0, value.length());
                if (l.maxLength() != null && length > l.maxLength()) {
                    return Optional.of("共 " + length + " 个字，超过上限 " + l.maxLength() + " 个字");
                }
            }
            case NUMBER -> {
                return number(value, l);
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    return Optional.of("「" + value + "」不是日期，应写成“年-月-日”，如 2025-03-31");
                }
            }
            case ENUM -> {
                if (!f.options().contains(value)) {
                    return Optional.of("「" + value + "」不是可选值，应为以下之一：" + String.join("、", f.options()));
                }
            }
            default -> {
                // the schema allows no other custom field types
            }
        }
        return Optional.empty();
    }

    private static Optional<String> number(String value, FieldLimits l) {
        BigDecimal n;
        try {
            n = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Optional.of("「" + value + "」不是数字");
        }
        if (l.min() != null && n.compareTo(l.min()) < 0) {
            return Optional.of(value + " 小于下限 " + l.min().toPlainString());
        }
        if (l.max() != null && n.compareTo(l.max()) > 0) {
            return Optional.of(value + " 大于上限 " + l.max().toPlainString());
        }
        if (l.maxDecimals() != null && Math.max(0, n.stripTrailingZeros().scale()) > l.maxDecimals()) {
            return Optional.of(value + " 超过 " + l.maxDecimals() + " 位小数");
        }
        return Optional.empty();
    }
}
