package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.ValueExpectation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** indicator.cost.sum: the 成本指标 amounts of a project add up to no more than its 预算数 (in 万元). */
final class CostSumRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "indicator.cost.sum";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        BigDecimal share = ctx.setting().param("maxPercentOfBudget", HUNDRED);
        List<Project> projects = ctx.disclosure().projects();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            BigDecimal total = project.budget().total();
            if (total == null) {
                continue;
            }
            int projectNo = p + 1;
            BigDecimal sum = BigDecimal.ZERO;
            List<Integer> rows = new ArrayList<>();
            for (IndicatorRow row : ctx.indicatorRows()) {
                if (row.projectNo() != projectNo || row.level2() == null
                        || row.level2().expects() != ValueExpectation.MONEY) {
                    continue;
                }
                Optional<BigDecimal> wan = ctx.grammar().toWan(row.indicator().value());
                if (wan.isPresent()) {
                    sum = sum.add(wan.get());
                    rows.add(row.rowNo());
                }
            }
            BigDecimal limit = total.multiply(share).divide(HUNDRED, 6, RoundingMode.HALF_UP);
            if (sum.compareTo(limit) > 0) {
                String of = share.compareTo(HUNDRED) == 0 ? ""
                        : "的 " + Numbers.plain(share) + "%（" + Numbers.plain(limit) + " 万元）";
                ctx.report(Locations.indicatorTable(projectNo, project, BuiltInField.INDICATOR_VALUE.id()),
                        "成本指标合计 " + Numbers.plain(sum) + " 万元（第" + rows.stream().map(String::valueOf)
                                .collect(Collectors.joining("、")) + "行）超过" + ctx.label(BuiltInField.BUDGET_TOTAL.id())
                                + " " + Numbers.written(total) + " 万元" + of);
            }
        }
    }
}
