package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.FieldLimits;
import java.math.BigDecimal;
import java.util.List;

/**
 * spendPlan.cumulative: the spend plan's cumulative percents stay within the template's range (0–100),
 * never go down, and the last checkpoint is 100%.
 */
final class SpendPlanRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PERCENT = BuiltInField.SPEND_PERCENT.id();

    @Override
    public String id() {
        return "spendPlan.cumulative";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        FieldLimits limits = ctx.field(PERCENT).map(f -> f.limits()).orElse(FieldLimits.none());
        BigDecimal min = limits.min() == null ? BigDecimal.ZERO : limits.min();
        BigDecimal max = limits.max() == null ? HUNDRED : limits.max();
        List<Project> projects = ctx.disclosure().projects();
        for (int p = 0; p < projects.size(); p++) {
            check(ctx, p + 1, projects.get(p), min, max);
        }
    }

    private void check(RuleContext ctx, int projectNo, Project project, BigDecimal min, BigDecimal max) {
        List<SpendCheckpoint> plan = project.spendPlan();
        SpendCheckpoint previous = null;
        for (int c = 0; c < plan.size(); c++) {
            SpendCheckpoint cp = plan.get(c);
            BigDecimal percent = cp.cumulativePercent();
            Location at = Locations.spendPlan(projectNo, project, c + 1, PERCENT);
            boolean last = c == plan.size() - 1;
            if (percent == null) {
                if (last) {
                    ctx.report(at, "最后一个节点未填写，累计支出比例应达到100%");
                }
                continue; // a blank cell before the last is table.cell.empty's finding
            }
            if (percent.compareTo(min) < 0 || percent.compareTo(max) > 0) {
                ctx.report(at, "累计支出比例 " + Numbers.plain(percent) + "% 不在 " + Numbers.plain(min) + "%–"
                        + Numbers.plain(max) + "% 之间");
            }
            if (previous != null && percent.compareTo(previous.cumulativePercent()) < 0) {
                ctx.report(at, "累计支出比例 " + Numbers.plain(percent) + "% 低于前一节点（" + previous.label() + "）的 "
                        + Numbers.plain(previous.cumulativePercent()) + "%，累计比例不能下降");
            }
            if (last && percent.compareTo(HUNDRED) != 0) {
                ctx.report(at, "最后一个节点的累计支出比例为 " + Numbers.plain(percent) + "%，应为100%");
            }
            previous = cp;
        }
    }
}
