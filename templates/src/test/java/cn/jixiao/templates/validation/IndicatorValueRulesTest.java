package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.CODE_1;
import static cn.jixiao.templates.validation.Fixtures.budget;
import static cn.jixiao.templates.validation.Fixtures.findings;
import static cn.jixiao.templates.validation.Fixtures.indicator;
import static cn.jixiao.templates.validation.Fixtures.indicatorsPlus;
import static cn.jixiao.templates.validation.Fixtures.indicatorsWith;
import static cn.jixiao.templates.validation.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules on 指标值: vague, qualitative, unit, percent range, cost money, cost sum, money outside cost, 满意度. */
class IndicatorValueRulesTest {

    /** Adds one row (row 7) to the clean table and returns the findings of a rule on it. */
    private static List<Finding> onExtraRow(String level1, String level2, String value, String ruleId) {
        Disclosure d = Fixtures.disclosure(Fixtures.withIndicators(indicatorsPlus(indicator(level1, level2, value))));
        return findings(d, ruleId);
    }

    private static void assertFlagged(List<Finding> found, boolean flagged, Severity severity) {
        if (!flagged) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.location()).isEqualTo(new Location("projects.indicators", 1, CODE_1, 7, "indicator.value"));
        });
    }

    @ParameterizedTest(name = "{0}/{1} {2} → flagged: {3}")
    @CsvSource({
            "产出指标, 数量指标, 根据实际情况完成, true",
            "产出指标, 时效指标, 按实际工作需求督查用车, true",
            "效益指标, 社会效益指标, 根据工作实际需求, true",
            "产出指标, 数量指标, ≥1次, false",
            "效益指标, 社会效益指标, 较好, false"
    })
    void vagueValueIsAWarning(String level1, String level2, String value, boolean flagged) {
        assertFlagged(onExtraRow(level1, level2, value, "indicator.value.vague"), flagged, Severity.WARNING);
    }

    @ParameterizedTest(name = "{0}/{1} {2} → flagged: {3}")
    @CsvSource({
            "产出指标, 质量指标, 较好, true",
            "产出指标, 时效指标, 截至年底完成情况, true",
            "满意度指标, 服务对象满意度指标, 满意, true",
            "效益指标, 社会效益指标, 较好, false",
            "效益指标, 可持续影响指标, 长期发挥作用, false",
            "产出指标, 质量指标, ≥90%, false",
            "产出指标, 数量指标, 根据实际完成, false"
    })
    void qualitativeValueWhereANumberIsExpectedIsAWarning(String level1, String level2, String value, boolean flagged) {
        assertFlagged(onExtraRow(level1, level2, value, "indicator.value.qualitative"), flagged, Severity.WARNING);
    }

    @ParameterizedTest(name = "{0} → flagged: {1}")
    @CsvSource({"≥90%, false", "≥1次, false", "≥90, true", "100, true"})
    void quantitativeValueHasAUnit(String value, boolean flagged) {
        assertFlagged(onExtraRow("产出指标", "质量指标", value, "indicator.value.unit"), flagged, Severity.WARNING);
    }

    @ParameterizedTest(name = "{0} → flagged: {1}")
    @CsvSource({"≥90%, false", "≤100%, false", "≥0百分比, false", "≥120%, true", "≥-5%, true"})
    void percentageIsWithinZeroAndHundred(String value, boolean flagged) {
        assertFlagged(onExtraRow("产出指标", "质量指标", value, "indicator.percent.range"), flagged, Severity.ERROR);
    }

    @Test
    void percentRangeFollowsTheTemplate() {
        FormTemplate narrow = FormTemplates.derive(FormTemplates.platformDefault(), """
                {"id": "narrow", "version": 1, "name": "窄范围", "rules": {"indicator.percent.range": {"params": {"max": 95}}}}
                """);
        Disclosure d = Fixtures.disclosure(Fixtures.withIndicators(indicatorsPlus(indicator("产出指标", "质量指标", "≥96%"))));

        assertThat(findings(d, "indicator.percent.range")).isEmpty();
        assertThat(findings(d, Map.of(), narrow, "indicator.percent.range")).extracting(Finding::message)
                .singleElement().asString().contains("不在 0%–95% 之间");
    }

    @ParameterizedTest(name = "{0}/{1} {2} → flagged: {3}")
    @CsvSource({
            "产出指标, 成本指标, ≤5万元, false",
            "产出指标, 成本指标, ≤5000元, false",
            "成本指标, 经济成本指标, ≤0.0001亿元, false",
            "产出指标, 成本指标, ≤1次, true",
            "成本, 经济成本, ≤5人, true"
    })
    void costIsMoney(String level1, String level2, String value, boolean flagged) {
        assertFlagged(onExtraRow(level1, level2, value, "indicator.cost.money"), flagged, Severity.ERROR);
    }

    @ParameterizedTest(name = "budget {0}, cost rows {1} and {2} → flagged: {3}")
    @CsvSource({
            "10.00, ≤5万元, ≤5万元, false",
            "10.00, ≤50000元, ≤5万元, false",
            "10.00, ≤6万元, ≤5万元, true",
            "10.00, ≤0.001亿元, ≤1千元, true"
    })
    void costDoesNotExceedBudget(String total, String cost1, String cost2, boolean flagged) {
        Disclosure d = Fixtures.disclosure(Fixtures.project(CODE_1, budget(total, total, null), plan("20", "50", "80", "100"),
                indicatorsPlus(indicator("成本指标", "经济成本指标", cost2))
                        .stream().map(i -> i.level2().equals("成本指标") ? indicator("产出指标", "成本指标", cost1) : i)
                        .toList()));

        var found = findings(d, "indicator.cost.sum");

        if (!flagged) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location()).isEqualTo(new Location("projects.indicators", 1, CODE_1, null, "indicator.value"));
                assertThat(f.message()).contains("（第4、7行）超过预算数 " + total + " 万元");
            });
        }
    }

    @ParameterizedTest(name = "{0}/{1} {2} → flagged: {3}")
    @CsvSource({
            "产出指标, 时效指标, ≤38万元, true",
            "产出指标, 数量指标, ≥12万元, true",
            "效益指标, 社会效益指标, ≤10万元, true",
            "满意度指标, 服务对象满意度指标, ≥1元, true",
            "产出指标, 成本指标, ≤10万元, false",
            "成本指标, 社会成本指标, ≤1万元, false",
            "效益指标, 经济效益指标, 带动增收≥50万元, false",
            "效益指标, 经济效益指标, ≥50万元, false"
    })
    void moneyOutsideCostIsAnError(String level1, String level2, String value, boolean flagged) {
        Disclosure d = Fixtures.disclosure(Fixtures.project(CODE_1, budget("100.00", "100.00", null),
                plan("20", "50", "80", "100"), indicatorsPlus(indicator(level1, level2, value))));

        assertFlagged(findings(d, "indicator.money.outsideCost"), flagged, Severity.ERROR);
    }

    @ParameterizedTest(name = "{0} → flagged: {1}")
    @CsvSource({"≥90%, false", "≥90百分比, false", "≥90分, true"})
    void satisfactionIsAPercentage(String value, boolean flagged) {
        assertFlagged(onExtraRow("满意度指标", "服务对象满意度指标", value, "indicator.satisfaction.percent"), flagged,
                Severity.WARNING);
    }

    @Test
    void cleanRowsHaveNoValueFindings() {
        assertThat(Validator.validate(Fixtures.disclosure(Fixtures.withIndicators(indicatorsWith(5,
                indicator("效益指标", "社会效益指标", "明显提升")))), Fixtures.template()).findings()).isEmpty();
    }
}
