package cn.jixiao.templates.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.forms.FormTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import cn.jixiao.templates.testing.SeedDocument;

/**
 * The seed (唐山市路南区 区委区政府督查室 2025) under the platform default: exactly its real defects, nothing else.
 * What is deliberately not a defect is listed in docs/rules.md.
 */
class SeedValidationTest {

    private static ValidationReport report;

    @BeforeAll
    static void validateSeed() {
        report = Validator.validate(SeedDocument.disclosure(), FormTemplates.platformDefault());
    }

    @Test
    void reportsExactlyTheSeedsDefectsInDocumentOrder() {
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::severity, f -> f.location().project(), f -> f.location().row())
                .containsExactly(
                        // 1 督查车辆租用经费: 时效指标 "按实际工作需求督查用车"
                        tuple("indicator.value.vague", Severity.WARNING, 1, 3),
                        // 1: 经济效益指标 督导检查次数 "根据工作实际需求" (a count with no target)
                        tuple("indicator.value.vague", Severity.WARNING, 1, 5),
                        // 2 督查专项检查经费: 数量指标 "根据当年工作实际百分百完成案件督查"
                        tuple("indicator.value.vague", Severity.WARNING, 2, 2),
                        // 3 招商引资专项业务费: 质量指标 "能参与招商活动"
                        tuple("indicator.value.qualitative", Severity.WARNING, 3, 2),
                        // 3: 时效指标 "截至年底完成情况"
                        tuple("indicator.value.qualitative", Severity.WARNING, 3, 3),
                        // 3: 社会效益指标 "≤10万元"
                        tuple("indicator.money.outsideCost", Severity.ERROR, 3, 6),
                        // 4 区12345政务服务便民热线整合优化工作经费: 数量指标 "≥12万元"
                        tuple("indicator.money.outsideCost", Severity.ERROR, 4, 2),
                        // 4: 时效指标 "≤38万元"
                        tuple("indicator.money.outsideCost", Severity.ERROR, 4, 3));
    }

    @Test
    void findingsPointAtTheValueCellOfTheRightProject() {
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.location().section()).isEqualTo("projects.indicators");
            assertThat(f.location().column()).isEqualTo("indicator.value");
            assertThat(f.location().projectCode())
                    .isEqualTo(SeedDocument.disclosure().projects().get(f.location().project() - 1).code());
            assertThat(f.message()).contains("项目" + f.location().project() + "（" + f.location().projectCode())
                    .contains("绩效指标第" + f.location().row() + "行").endsWith("依据：" + f.source());
        });
        assertThat(report.findings().get(7).message()).isEqualTo(
                "项目4（13020225P008973100016，区12345政务服务便民热线整合优化工作经费）绩效指标第3行"
                        + "（产出指标/时效指标/按期完成率）「指标值」：指标值「≤38万元」是金额，时效指标不应以金额计量，金额属于成本指标。"
                        + "依据：《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）");
    }

    @Test
    void seedHasErrorsThatBlockSubmission() {
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.errors()).hasSize(3);
        assertThat(report.warnings()).hasSize(5);
        assertThat(report.templateId()).isEqualTo("platform-default");
        assertThat(report.templateVersion()).isEqualTo(1);
    }
}
