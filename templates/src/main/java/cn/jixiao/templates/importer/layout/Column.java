package cn.jixiao.templates.importer.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column headers of indicator tables and of the flat one-row-per-indicator export, with the spellings seen in
 * templates and budget systems. Matched on {@link Labels#base}, so blanks, line breaks, full-width colons and a
 * trailing "（元）" do not matter.
 */
enum Column {
    SEQUENCE(false, "序号", "编号"),
    DEPT_CODE(false, "部门编码", "主管部门编码"),
    DEPT_NAME(false, "部门名称", "主管部门", "部门"),
    UNIT_CODE(false, "单位编码", "预算单位编码"),
    UNIT_NAME(false, "单位名称", "预算单位名称", "预算单位", "单位", "实施单位"),
    PROJECT_CODE(false, "项目编码", "项目代码"),
    PROJECT_NAME(false, "项目名称"),
    TOTAL(false, "预算数", "预算金额", "资金总额", "年度资金总额", "项目资金总额", "年度预算数", "预算规模"),
    FISCAL(false, "其中:财政资金", "财政资金", "其中:财政拨款", "财政拨款"),
    OTHER(false, "其中:其他资金", "其他资金"),
    PURPOSE(false, "资金用途", "项目概况", "项目内容"),
    GOAL(false, "年度绩效目标", "绩效目标", "年度目标", "年度总体目标"),
    LEVEL1(true, "一级指标"),
    LEVEL2(true, "二级指标"),
    LEVEL3(true, "三级指标", "指标名称"),
    DESCRIPTION(true, "绩效指标描述", "指标描述", "指标内容", "指标解释"),
    COMPARATOR(true, "指标性质", "计算符号", "符号", "比较符号", "运算符号"),
    VALUE(true, "指标值", "目标值", "年度指标值", "指标值(目标值)", "绩效标准", "当年预期实现值", "预期实现值", "年度目标值",
            "指标目标值"),
    LONG_TERM_VALUE(true, "长期指标值", "中长期指标值", "长期目标值"),
    MEASURE_UNIT(true, "度量单位", "计量单位", "指标单位"),
    WEIGHT(true, "权重", "分值"),
    SCORING(true, "评(扣)分标准", "评分标准", "扣分标准", "评分规则"),
    DIRECTION(true, "指标方向性", "指标方向", "方向"),
    BASIS(true, "指标值确定依据", "确定依据", "指标值设定依据", "设定依据");

    private static final Map<String, Column> BY_LABEL = new HashMap<>();

    static {
        for (Column column : values()) {
            for (String label : column.labels) {
                BY_LABEL.put(label, column);
            }
        }
    }

    private final boolean indicator;
    private final List<String> labels;

    Column(boolean indicator, String... labels) {
        this.indicator = indicator;
        this.labels = List.of(labels);
    }

    /** True for the columns of an indicator table (一级指标 … 指标值确定依据 and the export's extras). */
    boolean isIndicator() {
        return indicator;
    }

    /** The standard name, for messages. */
    String label() {
        return labels.get(0);
    }

    /** The column a header names, or {@code null}; the full text wins over the text without "(…)". */
    static Column of(String header) {
        Column exact = BY_LABEL.get(Labels.normalize(header));
        return exact != null ? exact : BY_LABEL.get(Labels.base(header));
    }
}
