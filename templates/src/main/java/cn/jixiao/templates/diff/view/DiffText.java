package cn.jixiao.templates.diff.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import cn.jixiao.templates.diff.DepartmentOrder;
import cn.jixiao.templates.diff.MoneyDelta;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.SpendCheckpoint;

/** Chinese wording and number formats shared by the diff views. */
final class DiffText {

    /** Shown for a blank amount or a percentage that cannot be computed. */
    static final String NONE = "—";

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final int LABEL_DESCRIPTION_LENGTH = 16;

    private DiffText() {}

    /** "2026年度". */
    static String year(int year) {
        return year + "年度";
    }

    /** Title of a department's change report, e.g. "2026年度预算绩效目标较上年变化说明". */
    static String reportTitle(int toYear) {
        return toYear + "年度预算绩效目标较上年变化说明";
    }

    /** Title of the district page, e.g. "各部门2026年度预算绩效目标较2025年度变化". */
    static String districtTitle(int fromYear, int toYear) {
        return "各部门" + year(toYear) + "预算绩效目标较" + year(fromYear) + "变化";
    }

    /** Heading number of the n-th (1-based) top section, e.g. "三、". */
    static String sectionNumber(int n) {
        return NUMERALS.charAt(n - 1) + "、";
    }

    /** Heading number of the n-th (1-based) subsection, e.g. "（二）". */
    static String subsectionNumber(int n) {
        return "（" + NUMERALS.charAt(n - 1) + "）";
    }

    /** An amount in 万元 as written, {@link #NONE} when blank. */
    static String amount(BigDecimal amount) {
        return amount == null ? NONE : amount.toPlainString();
    }

    /** The change in 万元 with its sign, e.g. "+2.00". */
    static String delta(MoneyDelta money) {
        return money.delta() == null ? NONE : signed(money.delta());
    }

    /** The change in percent of last year's amount, e.g. "+15.38%". */
    static String percent(MoneyDelta money) {
        return money.percent() == null ? NONE : signed(money.percent()) + "%";
    }

    /** "+2.00", "-1.50", "0.00". */
    static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    /** "由76.60万元增加到88.60万元（+12.00万元，+15.67%）", for a headline. */
    static String movement(MoneyDelta money) {
        if (!money.isChanged()) {
            return "为" + amount(money.to()) + "万元，与上年持平";
        }
        String verb = money.direction() > 0 ? "增加到" : money.direction() < 0 ? "减少到" : "变为";
        return "由" + amount(money.from()) + "万元" + verb + amount(money.to()) + "万元（" + delta(money) + "万元"
                + (money.percent() == null ? "" : "，" + percent(money)) + "）";
    }

    /** A spending plan on one line, e.g. "3月底 20%；6月底 50%". */
    static String spendPlan(List<SpendCheckpoint> plan) {
        return plan.stream()
                .map(c -> c.label() + " " + (c.cumulativePercent() == null ? NONE : c.cumulativePercent().toPlainString() + "%"))
                .collect(Collectors.joining("；"));
    }

    /** Names an indicator row for a reader, e.g. "质量指标·完成数量（办结率）". */
    static String indicatorLabel(Indicator row) {
        String description = row.description();
        if (description.codePointCount(0, description.length()) > LABEL_DESCRIPTION_LENGTH) {
            description = description.substring(0, description.offsetByCodePoints(0, LABEL_DESCRIPTION_LENGTH)) + "…";
        }
        return row.level2() + "·" + row.level3() + (description.isBlank() ? "" : "（" + description + "）");
    }

    /** A whole indicator row on one cell, for rows added or removed. */
    static String indicatorRow(Indicator row) {
        return row.description() + "\n指标值：" + row.value().text() + "\n确定依据：" + row.basis();
    }

    /** A whole itemized goal in one cell, for items added or removed. */
    static String itemizedGoal(ItemizedGoal item) {
        return item.title() + "\n绩效目标：" + item.goal() + "\n绩效指标：" + item.indicator();
    }

    /** How the district page is sorted, for its caption and its links. */
    static String orderLabel(DepartmentOrder order) {
        return switch (order) {
            case CODE -> "按部门编码";
            case TOTAL_DELTA -> "按预算数增减额（绝对值从大到小）";
            case TOTAL_PERCENT -> "按预算数增减率（绝对值从大到小）";
            case PROJECT_CHANGES -> "按项目增删改数（从多到少）";
            case TARGET_CHANGES -> "按目标提高、降低数（从多到少）";
            case CONFLICTS -> "按资金与目标反向变化项目数（从多到少）";
        };
    }
}
