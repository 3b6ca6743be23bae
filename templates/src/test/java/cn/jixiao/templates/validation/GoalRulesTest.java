package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** goals.itemized.threshold. */
class GoalRulesTest {

    @ParameterizedTest(name = "{0} → measurable: {1}")
    @CsvSource({
            "督导检查工作完成率大于90%, true",
            "办结率≥95%, true",
            "反馈率100%, true",
            "3个工作日内办结, true",
            "开展督查不少于12次, true",
            "做好全区督导检查工作, false",
            "全面完成全年任务, false"
    })
    void itemizedGoalIndicatorNeedsAMeasurableThreshold(String indicator, boolean measurable) {
        Disclosure d = Fixtures.disclosure(Fixtures.goals(indicator), Fixtures.project(Fixtures.CODE_1));

        var found = findings(d, "goals.itemized.threshold");

        if (measurable) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location()).isEqualTo(new Location("goals.itemized", null, null, 1, "goals.itemized.indicator"));
                assertThat(f.message()).startsWith("分项绩效目标第1项（综合协调）「绩效指标」：");
            });
        }
    }
}
