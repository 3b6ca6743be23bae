package cn.jixiao.templates.render;

import java.util.List;

/** Fixed Chinese wording of a disclosure document, shared by every output format. */
final class Labels {

    static final String PART1_NUMBER = "第一部分";
    static final String PART1_TITLE = "部门整体绩效目标";
    static final String PART2_NUMBER = "第二部分";
    static final String PART2_TITLE = "预算项目绩效目标";
    static final String OVERALL = "一、总体绩效目标";
    static final String ITEMIZED = "二、分项绩效目标";
    static final String MEASURES = "三、工作保障措施";
    static final String GOAL_PREFIX = "绩效目标：";
    static final String INDICATOR_PREFIX = "绩效指标：";
    static final String TOC_TITLE = "目　录";

    static final String MONEY_UNIT = "单位：万元";
    static final String PROJECT_CODE = "项目编码";
    static final String PROJECT_NAME = "项目名称";
    static final String BUDGET = "预算规模及资金用途";
    static final String BUDGET_TOTAL = "预算数";
    static final String BUDGET_FISCAL = "其中：财政资金";
    static final String BUDGET_OTHER = "其他资金";
    static final String SPEND_PLAN = "资金支出计划（%）";
    static final String GOAL = "绩效目标";
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");

    private Labels() {
    }

    /** Cover title, e.g. "2025年度预算绩效目标". */
    static String coverTitle(int fiscalYear) {
        return fiscalYear + "年度预算绩效目标";
    }

    /** Cover title of a district volume, e.g. "2025年度部门预算绩效目标". */
    static String volumeTitle(int fiscalYear) {
        return fiscalYear + "年度部门预算绩效目标";
    }

    /** Heading of the n-th (1-based) project table, e.g. "1.督查车辆租用经费绩效目标表". */
    static String projectHeading(int number, String projectName) {
        return number + "." + projectName + "绩效目标表";
    }

    /** Title of the n-th itemized goal, e.g. "1.综合协调". */
    static String itemTitle(int number, String title) {
        return number + "." + title;
    }
}
