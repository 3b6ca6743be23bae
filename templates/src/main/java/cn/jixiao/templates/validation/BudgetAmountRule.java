package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.FieldDef;
import cn.jixiao.templates.forms.FieldLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** budget.amount: budget amounts (万元) respect the template's min (0) and decimal places (2). */
final class BudgetAmountRule implements Rule {

    private static final List<BuiltInField> AMOUNTS =
            List.of(BuiltInField.BUDGET_TOTAL, BuiltInField.BUDGET_FISCAL, BuiltInField.BUDGET_OTHER);

    @Override
    public String id() {
        return "budget.amount";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        List<Project> projects = ctx.disclosure().projects();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            int projectNo = p + 1;
            for (BuiltInField field : AMOUNTS) {
                Optional<FieldDef> def = ctx.field(field.id());
                BigDecimal amount = amount(field).apply(project);
                if (def.isEmpty() || amount == null) {
                    continue;
                }
                problem(def.get(), amount).ifPresent(problem ->
                        ctx.report(Locations.project(projectNo, project, field.id()), problem));
            }
        }
    }

    private static Optional<String> problem(FieldDef def, BigDecimal amount) {
        FieldLimits l = def.limits();
        String shown = def.label() + " " + Numbers.written(amount) + " 万元";
        if (l.min() != null && amount.compareTo(l.min()) < 0) {
            return Optional.of(shown + (l.min().signum() == 0 ? "为负数" : "小于下限 " + Numbers.plain(l.min()) + " 万元"));
        }
        if (l.max() != null && amount.compareTo(l.max()) > 0) {
            return Optional.of(shown + "大于上限 " + Numbers.plain(l.max()) + " 万元");
        }
        // Trailing zeros are formatting, not precision: "3.600" has two decimals
        if (l.maxDecimals() != null && amount.stripTrailingZeros().scale() > l.maxDecimals()) {
            return Optional.of(shown + "超过 " + l.maxDecimals() + " 位小数");
        }
        return Optional.empty();
    }

    private static Function<Project, BigDecimal> amount(BuiltInField field) {
        return switch (field) {
            case BUDGET_TOTAL -> p -> p.budget().total();
            case BUDGET_FISCAL -> p -> p.budget().fiscal();
            default -> p -> p.budget().other();
        };
    }
}
