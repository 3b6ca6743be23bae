package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small disclosure with no defect under the platform default, and ways to break it one thing at a time. */
final class Fixtures {

    static final String CODE_1 = "13020225P000000000001";
    static final String CODE_2 = "13020225P000000000002";

    private Fixtures() {}

    static Disclosure clean() {
        return disclosure(project(CODE_1));
    }

    static Disclosure disclosure(Project... projects) {
        return disclosure(goals("完成率大于90%"), projects);
    }

    static Disclosure disclosure(DepartmentGoals goals, Project... projects) {
        Department department = new Department("202", "测试部门", List.of(new Unit("202001", "测试部门本级")));
        return new Disclosure(department, 2025, goals, List.of(projects));
    }

    static DepartmentGoals goals(String itemizedIndicator) {
        return new DepartmentGoals(List.of("做好全区督导检查工作。"),
                List.of(new ItemizedGoal("综合协调", "做好督导检查工作的谋划。", itemizedIndicator)),
                List.of("1.加强组织领导。"));
    }

    static Project project(String code) {
        return project(code, budget("10.00", "10.00", null), plan("20", "50", "80", "100"), indicators());
    }

    static Project project(String code, Budget budget, List<SpendCheckpoint> plan, List<Indicator> indicators) {
        return new Project("202001", code, "测试项目" + code.substring(code.length() - 1), budget, "用于测试。", plan,
                "完成测试任务。", indicators);
    }

    static Project withIndicators(List<Indicator> indicators) {
        return project(CODE_1, budget("10.00", "10.00", null), plan("20", "50", "80", "100"), indicators);
    }

    static Project withBudget(Budget budget) {
        return project(CODE_1, budget, plan("20", "50", "80", "100"), indicators());
    }

    static Project withPlan(List<SpendCheckpoint> plan) {
        return project(CODE_1, budget("10.00", "10.00", null), plan, indicators());
    }

    static Budget budget(String total, String fiscal, String other) {
        return new Budget(decimal(total), decimal(fiscal), decimal(other));
    }

    /** Checkpoints 3月底, 6月底, 10月底, 12月底 (as many as given); null means a blank cell. */
    static List<SpendCheckpoint> plan(String... percents) {
        String[] labels = {"3月底", "6月底", "10月底", "12月底", "次年3月底"};
        List<SpendCheckpoint> out = new ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            out.add(new SpendCheckpoint(labels[i], decimal(percents[i])));
        }
        return out;
    }

    /** Six rows, one per required indicator: 数量, 质量, 时效, 成本, 社会效益, 满意度. */
    static List<Indicator> indicators() {
        return List.of(
                indicator("产出指标", "数量指标", "≥1次"),
                indicator("产出指标", "质量指标", "≥90%"),
                indicator("产出指标", "时效指标", "≤12个月"),
                indicator("产出指标", "成本指标", "≤10万元"),
                indicator("效益指标", "社会效益指标", "较好"),
                indicator("满意度指标", "服务对象满意度指标", "≥90%"));
    }

    /** The six rows with row {@code rowNo} (1-based) replaced. */
    static List<Indicator> indicatorsWith(int rowNo, Indicator replacement) {
        List<Indicator> rows = new ArrayList<>(indicators());
        rows.set(rowNo - 1, replacement);
        return rows;
    }

    /** The six rows plus extra ones at the end. */
    static List<Indicator> indicatorsPlus(Indicator... extra) {
        List<Indicator> rows = new ArrayList<>(indicators());
        rows.addAll(List.of(extra));
        return rows;
    }

    static Indicator indicator(String level1, String level2, String value) {
        return new Indicator(level1, level2, level2.replace("指标", "") + "三级", level2 + "描述",
                IndicatorValue.parse(value), "经验标准");
    }

    static Indicator indicator(String level1, String level2, String level3, String description, String value,
                               String basis) {
        return new Indicator(level1, level2, level3, description, IndicatorValue.parse(value), basis);
    }

    static FormTemplate template() {
        return FormTemplates.platformDefault();
    }

    /** Findings of one rule under the platform default. */
    static List<Finding> findings(Disclosure d, String ruleId) {
        return findings(d, Map.of(), template(), ruleId);
    }

    static List<Finding> findings(Disclosure d, Map<String, String> custom, FormTemplate t, String ruleId) {
        return Validator.validate(d, custom, t).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
