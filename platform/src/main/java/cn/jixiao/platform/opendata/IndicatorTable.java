package cn.jixiao.platform.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;

/**
 * The indicator table of a disclosure as rows of text, one per indicator: the columns of
 * {@code indicators.csv} and of its Table Schema in {@code datapackage.json}, defined once here.
 */
final class IndicatorTable {

    /** One row's source: the indicator with its project, unit and ids. */
    record Row(Disclosure disclosure, Unit unit, Project project, UUID projectId, int position, Indicator indicator,
               UUID indicatorId) {
    }

    /** A column: Frictionless Table Schema name, type and format, and how a row gives its text. */
    record Column(String name, String type, String format, String description, Function<Row, String> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("年度", "integer", null, "预算年度", r -> String.valueOf(r.disclosure().fiscalYear())),
            new Column("部门编码", "string", null, null, r -> r.disclosure().department().code()),
            new Column("部门名称", "string", null, null, r -> r.disclosure().department().name()),
            new Column("单位编码", "string", null, null, r -> r.project().unitCode()),
            new Column("单位名称", "string", null, null, r -> r.unit() == null ? "" : r.unit().name()),
            new Column("项目标识", "string", "uuid", "跨年度不变的项目标识", r -> r.projectId().toString()),
            new Column("项目编码", "string", null, null, r -> r.project().code()),
            new Column("项目名称", "string", null, null, r -> r.project().name()),
            new Column("指标标识", "string", "uuid", "跨年度不变的指标标识", r -> r.indicatorId().toString()),
            new Column("序号", "integer", null, "指标在项目指标表中的位置，从 1 起", r -> String.valueOf(r.position())),
            new Column("一级指标", "string", null, null, r -> r.indicator().level1()),
            new Column("二级指标", "string", null, null, r -> r.indicator().level2()),
            new Column("三级指标", "string", null, null, r -> r.indicator().level3()),
            new Column("指标描述", "string", null, "绩效指标描述", r -> r.indicator().description()),
            new Column("指标值", "string", null, "指标值原文", r -> r.indicator().value().text()),
            new Column("比较符", "string", null, "定量指标的比较关系：GE、GT、LE、LT、EQ；其他为空",
                    r -> r.indicator().value().comparator() == null ? "" : r.indicator().value().comparator().name()),
            new Column("数值", "number", null, "定量指标的数值，按原文的小数位", r -> decimal(r.indicator().value().number())),
            new Column("计量单位", "string", null, null, r -> nn(r.indicator().value().unit())),
            new Column("指标值确定依据", "string", null, null, r -> r.indicator().basis()));

    private IndicatorTable() {
    }

    static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The rows of a disclosure in document order, each as the columns' texts. */
    static List<List<String>> rows(Disclosure d, StableIds ids) {
        Map<String, Unit> units = d.department().units().stream().collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a));
        List<List<String>> rows = new ArrayList<>();
        for (Project p : d.projects()) {
            List<UUID> rowIds = ids.indicators().get(p.code());
            for (int i = 0; i < p.indicators().size(); i++) {
                Row row = new Row(d, units.get(p.unitCode()), p, ids.projects().get(p.code()), i + 1, p.indicators().get(i),
                        rowIds.get(i));
                rows.add(COLUMNS.stream().map(c -> c.value().apply(row)).toList());
            }
        }
        return rows;
    }

    private static String decimal(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
