package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Body of {@code PUT /api/v1/disclosures/{deptCode}/{year}}: the content a client edits, based on
 * the revision it read. Indicator values are sent as written text; the server parses them. The
 * department and its units are not part of the body: they are the district's own records.
 */
record DisclosureInput(
        @NotNull(message = "必须给出所基于的修订版 baseRevision（新建时为 0）") @PositiveOrZero Integer baseRevision,
        @Valid GoalsInput goals,
        @NotNull(message = "必须给出 projects（可为空列表）") List<@Valid @NotNull ProjectInput> projects,
        Map<String, String> customFields) {

    /** Values of the template's custom fields by field id; none when absent. */
    Map<String, String> customFieldValues() {
        return customFields == null ? Map.of() : customFields;
    }

    record GoalsInput(List<String> overall, List<@Valid @NotNull ItemizedGoalInput> itemized, List<String> measures) {
    }

    record ItemizedGoalInput(@NotBlank(message = "分项绩效目标的标题不能为空") String title, String goal, String indicator) {
    }

    record ProjectInput(
            @NotBlank(message = "项目的单位编码 unitCode 不能为空") String unitCode,
            @NotBlank(message = "项目编码 code 不能为空") String code,
            @NotBlank(message = "项目名称 name 不能为空") String name,
            BudgetInput budget,
            String purpose,
            List<@Valid @NotNull CheckpointInput> spendPlan,
            String goal,
            List<@Valid @NotNull IndicatorInput> indicators) {
    }

    record BudgetInput(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    record CheckpointInput(@NotBlank(message = "资金支出计划的时间点 label 不能为空") String label, BigDecimal cumulativePercent) {
    }

    record IndicatorInput(
            @NotBlank(message = "一级指标 level1 不能为空") String level1,
            @NotBlank(message = "二级指标 level2 不能为空") String level2,
            String level3, String description, String value, String basis) {
    }

    /** The domain disclosure for a department and year; missing texts become empty cells. */
    Disclosure toDisclosure(Department department, int fiscalYear) {
        return new Disclosure(department, fiscalYear, goals(goals), projects.stream().map(DisclosureInput::project).toList());
    }

    static DepartmentGoals goals(GoalsInput input) {
        GoalsInput g = input == null ? new GoalsInput(null, null, null) : input;
        return new DepartmentGoals(
                texts(g.overall()),
                orEmpty(g.itemized()).stream().map(i -> new ItemizedGoal(i.title(), text(i.goal()), text(i.indicator()))).toList(),
                texts(g.measures()));
    }

    private static Project project(ProjectInput p) {
        BudgetInput b = p.budget() == null ? new BudgetInput(null, null, null) : p.budget();
        return new Project(p.unitCode(), p.code(), p.name(), new Budget(b.total(), b.fiscal(), b.other()), text(p.purpose()),
                spendPlan(p.spendPlan()), text(p.goal()), orEmpty(p.indicators()).stream().map(DisclosureInput::indicator).toList());
    }

    static List<SpendCheckpoint> spendPlan(List<CheckpointInput> checkpoints) {
        return orEmpty(checkpoints).stream().map(c -> new SpendCheckpoint(c.label(), c.cumulativePercent())).toList();
    }

    static Indicator indicator(IndicatorInput i) {
        return new Indicator(i.level1(), i.level2(), text(i.level3()), text(i.description()), IndicatorValue.parse(i.value()),
                text(i.basis()));
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<String> texts(List<String> list) {
        return orEmpty(list).stream().map(DisclosureInput::text).toList();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
