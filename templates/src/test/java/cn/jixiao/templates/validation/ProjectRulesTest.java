package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.CODE_1;
import static cn.jixiao.templates.validation.Fixtures.CODE_2;
import static cn.jixiao.templates.validation.Fixtures.budget;
import static cn.jixiao.templates.validation.Fixtures.findings;
import static cn.jixiao.templates.validation.Fixtures.indicator;
import static cn.jixiao.templates.validation.Fixtures.indicatorsWith;
import static cn.jixiao.templates.validation.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** project.code.unique, budget.sum, budget.amount, spendPlan.cumulative and table.cell.empty. */
class ProjectRulesTest {

    @Test
    void projectCodesAreUnique() {
        Disclosure distinct = Fixtures.disclosure(Fixtures.project(CODE_1), Fixtures.project(CODE_2));
        Disclosure repeated = Fixtures.disclosure(Fixtures.project(CODE_1), Fixtures.project(CODE_2),
                Fixtures.project(CODE_1));

        assertThat(findings(distinct, "project.code.unique")).isEmpty();
        assertThat(findings(repeated, "project.code.unique"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(new Location("projects", 3, CODE_1, null, "project.code"));
                    assertThat(f.message()).contains("与项目1（测试项目1）重复");
                });
    }

    @ParameterizedTest(name = "{0} = {1} + {2} → ok: {3}")
    @CsvSource({
            "10.00, 10.00,     , true",
            "10.00, 8.00,  2.00, true",
            "3.60,  3.6,       , true",
            "10.00, 8.00,      , false",
            "10.00, 10.00, 1.00, false"
    })
    void budgetIsFiscalPlusOther(String total, String fiscal, String other, boolean ok) {
        var found = findings(Fixtures.disclosure(Fixtures.withBudget(budget(total, fiscal, other))), "budget.sum");

        if (ok) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location()).isEqualTo(new Location("projects", 1, CODE_1, null, "project.budget.total"));
                assertThat(f.message()).contains("预算数 " + total + " 万元不等于财政资金");
            });
        }
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → column {3}")
    @CsvSource({
            "10.00,  10.00,  ,      ",
            "3.600,  3.600,  ,      ",
            "10.00,  10.001, ,      project.budget.fiscal",
            "10.00,  -2.00,  12.00, project.budget.fiscal",
            "10.00,  10.00,  -0.01, project.budget.other"
    })
    void amountsAreNonNegativeWithAtMostTwoDecimals(String total, String fiscal, String other, String column) {
        var found = findings(Fixtures.disclosure(Fixtures.withBudget(budget(total, fiscal, other))), "budget.amount");

        if (column == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().column()).isEqualTo(column);
            });
        }
    }

    @ParameterizedTest(name = "{0} → rows {1}")
    @CsvSource(delimiter = '|', value = {
            "20,50,80,100    |",
            "0,0,0,100       |",
            "20,10,80,100    | 2",
            "20,50,80,90     | 4",
            "-5,50,80,100    | 1",
            "20,50,120,100   | 3,4",
            "20,50,80,       | 4"
    })
    void spendPlanIsCumulativeAndEndsAtHundred(String percents, String rows) {
        String[] cells = Arrays.stream(percents.split(",", -1)).map(s -> s.isBlank() ? null : s.strip())
                .toArray(String[]::new);
        var found = findings(Fixtures.disclosure(Fixtures.withPlan(plan(cells))), "spendPlan.cumulative");

        List<Integer> expected = rows == null ? List.of()
                : Arrays.stream(rows.split(",")).map(s -> Integer.valueOf(s.strip())).toList();
        assertThat(found).extracting(f -> f.location().row()).containsExactlyElementsOf(expected);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("projects.spendPlan");
        });
    }

    @Test
    void emptyCellIsAWarning() {
        Disclosure blankDescription = Fixtures.disclosure(Fixtures.withIndicators(indicatorsWith(2,
                indicator("产出指标", "质量指标", "合格率", " ", "≥90%", "经验标准"))));
        Disclosure blankMiddleCheckpoint = Fixtures.disclosure(Fixtures.withPlan(plan("20", null, "80", "100")));
        Disclosure blankLastCheckpoint = Fixtures.disclosure(Fixtures.withPlan(plan("20", "50", "80", null)));

        assertThat(findings(Fixtures.clean(), "table.cell.empty")).isEmpty();
        assertThat(findings(blankDescription, "table.cell.empty"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location()).isEqualTo(
                            new Location("projects.indicators", 1, CODE_1, 2, "indicator.description"));
                    assertThat(f.message()).contains("「绩效指标描述」：单元格为空");
                });
        assertThat(findings(blankMiddleCheckpoint, "table.cell.empty"))
                .singleElement()
                .satisfies(f -> assertThat(f.location())
                        .isEqualTo(new Location("projects.spendPlan", 1, CODE_1, 2, "spendPlan.percent")));
        // A blank last checkpoint is the spend plan's error, not also an empty-cell warning
        assertThat(findings(blankLastCheckpoint, "table.cell.empty")).isEmpty();
    }

    @Test
    void blankOtherFundsIsZeroNotAnEmptyCell() {
        Disclosure d = Fixtures.disclosure(Fixtures.withBudget(budget("10.00", "10.00", null)));

        assertThat(Validator.validate(d, Fixtures.template()).findings()).isEmpty();
    }
}
