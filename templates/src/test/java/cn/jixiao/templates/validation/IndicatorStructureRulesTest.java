package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.CODE_1;
import static cn.jixiao.templates.validation.Fixtures.findings;
import static cn.jixiao.templates.validation.Fixtures.indicator;
import static cn.jixiao.templates.validation.Fixtures.indicators;
import static cn.jixiao.templates.validation.Fixtures.indicatorsPlus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** indicator.hierarchy, indicator.coverage and indicator.duplicate. */
class IndicatorStructureRulesTest {

    @ParameterizedTest(name = "{0}/{1} → column {2}")
    @CsvSource({
            "产出指标, 数量指标,,",
            "产出, 数量,,",
            "满意度, 服务对象满意度,,",
            "成本指标, 经济成本指标,,",
            "成本, 生态环境成本,,",
            "产出指标, 经济效益指标, indicator.level2, 它属于一级指标「效益指标」",
            "产出指标, 数据指标, indicator.level2, 「产出指标」下可选：数量指标、质量指标、时效指标、成本指标",
            "投入指标, 数量指标, indicator.level1, 不在模板的指标体系中"
    })
    void secondLevelBelongsToItsFirstLevel(String level1, String level2, String column, String message) {
        Disclosure d = Fixtures.disclosure(Fixtures.withIndicators(indicatorsPlus(indicator(level1, level2, "≥1次"))));

        var found = findings(d, "indicator.hierarchy");

        if (column == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location()).isEqualTo(new Location("projects.indicators", 1, CODE_1, 7, column));
                assertThat(f.message()).contains(message);
            });
        }
    }

    @Test
    void eachProjectHasOutputBenefitAndSatisfactionIndicators() {
        List<Indicator> layout2021 = new ArrayList<>(indicators());
        layout2021.set(3, indicator("成本指标", "经济成本指标", "≤10万元"));
        List<Indicator> noTimeliness = new ArrayList<>(indicators());
        noTimeliness.remove(2);
        List<Indicator> noSatisfaction = new ArrayList<>(indicators());
        noSatisfaction.remove(5);

        assertThat(findings(Fixtures.clean(), "indicator.coverage")).isEmpty();
        assertThat(findings(Fixtures.disclosure(Fixtures.withIndicators(layout2021)), "indicator.coverage")).isEmpty();
        assertThat(findings(Fixtures.disclosure(Fixtures.withIndicators(noTimeliness)), "indicator.coverage"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(new Location("projects.indicators", 1, CODE_1, null, null));
                    assertThat(f.message()).contains("绩效指标表：缺少时效指标，应填写在「产出指标/时效指标」下");
                });
        assertThat(findings(Fixtures.disclosure(Fixtures.withIndicators(noSatisfaction)), "indicator.coverage"))
                .extracting(Finding::message)
                .singleElement().asString().contains("缺少满意度指标");
    }

    @Test
    void costMayBeUnderOutputOrItsOwnFirstLevel() {
        List<Indicator> noCost = new ArrayList<>(indicators());
        noCost.remove(3);

        assertThat(findings(Fixtures.disclosure(Fixtures.withIndicators(noCost)), "indicator.coverage"))
                .extracting(Finding::message)
                .singleElement().asString()
                .contains("缺少成本指标，应填写在「产出指标/成本指标」或「成本指标」下");
    }

    @Test
    void duplicateIndicatorIsAnError() {
        Indicator first = indicators().get(0);
        Indicator sameButSpelledShort = new Indicator("产出", "数量", first.level3(), first.description(),
                first.value(), "另一依据");
        Indicator otherDescription = new Indicator(first.level1(), first.level2(), first.level3(), "另一描述",
                first.value(), first.basis());

        assertThat(findings(Fixtures.disclosure(Fixtures.withIndicators(indicatorsPlus(otherDescription))),
                "indicator.duplicate")).isEmpty();
        assertThat(findings(Fixtures.disclosure(Fixtures.withIndicators(indicatorsPlus(sameButSpelledShort))),
                "indicator.duplicate"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(new Location("projects.indicators", 1, CODE_1, 7, null));
                    assertThat(f.message()).contains("与第1行的一级、二级、三级指标和绩效指标描述完全相同");
                });
    }
}
