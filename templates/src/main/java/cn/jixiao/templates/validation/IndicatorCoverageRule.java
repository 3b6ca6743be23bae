package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.IndicatorRef;
import cn.jixiao.templates.forms.RequiredIndicator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * indicator.coverage: each project has the indicators the template requires (default: 产出, 效益 and 满意度,
 * and under 产出 the 数量, 质量, 时效 and 成本 indicators; 成本 may also be its own 一级 as in 2021).
 */
final class IndicatorCoverageRule implements Rule {

    @Override
    public String id() {
        return "indicator.coverage";
    }

    @Override
    public String source() {
        return Sources.INDICATOR_SYSTEM;
    }

    @Override
    public void check(RuleContext ctx) {
        List<Project> projects = ctx.disclosure().projects();
        for (int p = 0; p < projects.size(); p++) {
            int projectNo = p + 1;
            List<IndicatorRow> rows = ctx.indicatorRows().stream().filter(r -> r.projectNo() == projectNo).toList();
            for (RequiredIndicator required : ctx.template().requiredIndicators()) {
                boolean present = required.anyOf().stream()
                        .anyMatch(ref -> rows.stream().anyMatch(r -> covers(r, ref)));
                if (!present) {
                    ctx.report(Locations.indicatorTable(projectNo, projects.get(p), null), "缺少" + required.name()
                            + "，应填写在" + required.anyOf().stream().map(ref -> "「" + ref + "」")
                            .collect(Collectors.joining("或")) + "下");
                }
            }
        }
    }

    private static boolean covers(IndicatorRow row, IndicatorRef ref) {
        if (row.level1() == null || !row.level1().matches(ref.level1())) {
            return false;
        }
        return ref.level2() == null || row.level2() != null && row.level2().matches(ref.level2());
    }
}
