package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.IndicatorHierarchy;
import cn.jixiao.templates.forms.Level1Node;
import cn.jixiao.templates.forms.Level2Node;
import java.util.List;
import java.util.stream.Collectors;

/** indicator.hierarchy: 一级指标 is in the template's hierarchy and 二级指标 belongs to that 一级. */
final class IndicatorHierarchyRule implements Rule {

    @Override
    public String id() {
        return "indicator.hierarchy";
    }

    @Override
    public String source() {
        return Sources.INDICATOR_SYSTEM;
    }

    @Override
    public void check(RuleContext ctx) {
        IndicatorHierarchy h = ctx.template().hierarchy();
        for (IndicatorRow row : ctx.indicatorRows()) {
            String level1 = row.indicator().level1();
            String level2 = row.indicator().level2();
            if (level1.isBlank()) {
                continue; // blank labels are reported as empty or required cells
            }
            if (row.level1() == null) {
                ctx.report(row.at(BuiltInField.INDICATOR_LEVEL1.id()), "一级指标「" + level1
                        + "」不在模板的指标体系中，可选：" + names(h.level1().stream().map(Level1Node::name).toList()));
            } else if (!level2.isBlank() && row.level2() == null) {
                List<Level1Node> parents = h.parentsOf(level2);
                String hint = parents.isEmpty()
                        ? "，「" + row.level1().name() + "」下可选：" + names(row.level1().children().stream()
                                .map(Level2Node::name).toList())
                        : "，它属于一级指标" + names(parents.stream().map(n -> "「" + n.name() + "」").toList());
                ctx.report(row.at(BuiltInField.INDICATOR_LEVEL2.id()),
                        "二级指标「" + level2 + "」不属于一级指标「" + level1 + "」" + hint);
            }
        }
    }

    private static String names(List<String> names) {
        return names.stream().collect(Collectors.joining("、"));
    }
}
