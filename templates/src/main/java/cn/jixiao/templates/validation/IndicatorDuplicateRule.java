package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.forms.IndicatorNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** indicator.duplicate: no two rows of a project have the same 一级/二级/三级指标 and 绩效指标描述. */
final class IndicatorDuplicateRule implements Rule {

    @Override
    public String id() {
        return "indicator.duplicate";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        Map<List<Object>, Integer> firstRow = new HashMap<>();
        for (IndicatorRow row : ctx.indicatorRows()) {
            Indicator i = row.indicator();
            // "产出" and "产出指标" are the same level; spacing differences do not make rows different
            List<Object> key = List.of(row.projectNo(), IndicatorNames.normalize(i.level1()),
                    IndicatorNames.normalize(i.level2()), compact(i.level3()), compact(i.description()));
            Integer first = firstRow.putIfAbsent(key, row.rowNo());
            if (first != null) {
                ctx.report(row.at(null), "与第" + first + "行的一级、二级、三级指标和绩效指标描述完全相同，指标重复");
            }
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
