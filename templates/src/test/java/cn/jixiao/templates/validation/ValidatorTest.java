package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.CODE_1;
import static cn.jixiao.templates.validation.Fixtures.CODE_2;
import static cn.jixiao.templates.validation.Fixtures.budget;
import static cn.jixiao.templates.validation.Fixtures.indicator;
import static cn.jixiao.templates.validation.Fixtures.indicatorsWith;
import static cn.jixiao.templates.validation.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void cleanDisclosureHasNoFindings() {
        ValidationReport report = Validator.validate(Fixtures.clean(), Fixtures.template());

        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.templateId()).isEqualTo("platform-default");
        assertThat(report.templateVersion()).isEqualTo(1);
    }

    @Test
    void findingsComeInDocumentOrderWhateverTheRuleOrder() {
        Disclosure d = Fixtures.disclosure(Fixtures.goals("做好工作"),
                Fixtures.project(CODE_1, budget("10.00", "9.00", null), plan("20", "50", "80", "100"),
                        indicatorsWith(3, indicator("产出指标", "时效指标", "≤38万元"))),
                Fixtures.project(CODE_2, budget("10.00", "10.00", null), plan("20", "10", "80", "100"),
                        indicatorsWith(1, indicator("产出指标", "数量指标", "根据实际完成"))));

        ValidationReport report = Validator.validate(d, Fixtures.template());

        assertThat(report.findings())
                .extracting(f -> f.ruleId(), f -> f.location().project(), f -> f.location().row())
                .containsExactly(
                        tuple("goals.itemized.threshold", null, 1),
                        tuple("budget.sum", 1, null),
                        tuple("indicator.money.outsideCost", 1, 3),
                        tuple("spendPlan.cumulative", 2, 2),
                        tuple("indicator.value.vague", 2, 1));
        assertThat(report.errors()).extracting(Finding::ruleId)
                .containsExactly("budget.sum", "indicator.money.outsideCost", "spendPlan.cumulative");
        assertThat(report.warnings()).extracting(Finding::ruleId)
                .containsExactly("goals.itemized.threshold", "indicator.value.vague");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void messageNamesThePlaceTheProblemAndTheSource() {
        Disclosure d = Fixtures.disclosure(Fixtures.withIndicators(
                indicatorsWith(3, indicator("产出指标", "时效指标", "按期完成率", "按合同支付", "≤38万元", "合同"))));

        Finding f = Validator.validate(d, Fixtures.template()).findings().get(0);

        assertThat(f.location()).isEqualTo(new Location("projects.indicators", 1, CODE_1, 3, "indicator.value"));
        assertThat(f.message())
                .startsWith("项目1（" + CODE_1 + "，测试项目1）绩效指标第3行（产出指标/时效指标/按期完成率）「指标值」：")
                .contains("「≤38万元」是金额")
                .endsWith("依据：" + f.source());
        assertThat(f.source()).contains("财预〔2021〕101号");
    }

    @Test
    void templateDecidesSeverityAndWhichRulesRun() {
        Disclosure d = Fixtures.disclosure(Fixtures.withIndicators(
                indicatorsWith(1, indicator("产出指标", "数量指标", "根据实际完成"))));
        FormTemplate stricter = FormTemplates.derive(FormTemplates.platformDefault(), """
                {"id": "strict", "version": 1, "name": "严格模板",
                 "rules": {"indicator.value.vague": {"severity": "ERROR"}}}
                """);
        FormTemplate quieter = FormTemplates.derive(FormTemplates.platformDefault(), """
                {"id": "quiet", "version": 1, "name": "安静模板",
                 "rules": {"indicator.value.vague": {"enabled": false}}}
                """);

        assertThat(Validator.validate(d, Fixtures.template()).findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("indicator.value.vague", Severity.WARNING));
        assertThat(Validator.validate(d, stricter).findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("indicator.value.vague", Severity.ERROR));
        assertThat(Validator.validate(d, stricter).templateId()).isEqualTo("strict");
        assertThat(Validator.validate(d, quieter).findings()).isEmpty();
    }
}
