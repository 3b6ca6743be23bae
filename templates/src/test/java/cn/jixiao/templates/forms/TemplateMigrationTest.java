package cn.jixiao.templates.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.validation.Finding;
import cn.jixiao.templates.validation.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import cn.jixiao.templates.testing.SeedDocument;

class TemplateMigrationTest {

    private static final FormTemplate V1 = FormTemplates.platformDefault();
    private static final FormTemplate LUNAN = FormTemplates.derive(V1, """
            {"id": "lunan", "version": 1, "name": "路南区模板",
             "fields": {"project.purpose": {"label": "资金用途说明", "maxLength": 500},
                        "indicator.basis": {"required": true}},
             "customFields": [{"id": "contact", "label": "联系人", "type": "text", "required": true, "maxLength": 20}],
             "rules": {"indicator.value.vague": {"severity": "ERROR"},
                       "indicator.percent.range": {"params": {"max": 99}},
                       "table.cell.empty": {"enabled": false}},
             "requiredIndicators": [{"name": "生态效益指标", "anyOf": [{"level1": "效益指标", "level2": "生态效益指标"}]}]}
            """);

    private static Disclosure seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = SeedDocument.disclosure();
    }

    @Test
    void reportsAddedAndChangedFields() {
        MigrationReport report = TemplateMigration.between(V1, LUNAN, null);

        assertThat(report.from()).isEqualTo(new TemplateRef("platform-default", 1));
        assertThat(report.to()).isEqualTo(new TemplateRef("lunan", 1));
        assertThat(report.fieldChanges())
                .extracting(FieldChange::kind, FieldChange::fieldId)
                .containsExactly(
                        tuple(ChangeKind.CHANGED, "project.purpose"),
                        tuple(ChangeKind.CHANGED, "indicator.basis"),
                        tuple(ChangeKind.ADDED, "contact"));
        assertThat(report.fieldChanges().get(0).details())
                .containsExactly("标签：资金用途 → 资金用途说明", "最大长度：2000 → 500");
        assertThat(report.fieldChanges().get(1).details()).containsExactly("必填：否 → 是");
        assertThat(report.fieldChanges().get(2).details()).containsExactly("类型：文本", "必填：是");
    }

    @Test
    void reportsChangedRulesAndStructure() {
        MigrationReport report = TemplateMigration.between(V1, LUNAN, null);

        assertThat(report.ruleChanges())
                .extracting(RuleChange::ruleId, RuleChange::details)
                .containsExactly(
                        tuple("table.cell.empty", List.of("启用：是 → 否")),
                        tuple("indicator.value.vague", List.of("严重级别：警告（WARNING） → 错误（ERROR）")),
                        tuple("indicator.percent.range", List.of("参数 max：100 → 99")));
        assertThat(report.otherChanges()).containsExactly(
                "模板名称：平台默认模板：部门预算绩效目标公开 → 路南区模板",
                "必备指标新增：生态效益指标（效益指标/生态效益指标）");
        assertThat(report.findings()).isNull();
        assertThat(report.newFindings()).isEmpty();
        assertThat(report.hasChanges()).isTrue();
    }

    @Test
    void reportsRemovedItemsInTheOtherDirection() {
        MigrationReport back = TemplateMigration.between(LUNAN, V1, null);

        assertThat(back.fieldChanges()).extracting(FieldChange::kind, FieldChange::fieldId)
                .contains(tuple(ChangeKind.REMOVED, "contact"));
        assertThat(back.otherChanges()).contains("必备指标删除：生态效益指标（效益指标/生态效益指标）");
    }

    @Test
    void sameTemplateHasNoChanges() {
        assertThat(TemplateMigration.between(V1, V1, null).hasChanges()).isFalse();
    }

    @Test
    void reportsWhatTheNewVersionFindsInTheDraft() {
        MigrationReport report = TemplateMigration.between(V1, LUNAN, seed, Map.of());

        assertThat(report.findings().templateId()).isEqualTo("lunan");
        // Vague values are now errors, every project lacks 生态效益指标 except project 2, and 联系人 is missing
        assertThat(report.newFindings())
                .extracting(Finding::ruleId, Finding::severity, f -> f.location().project(), f -> f.location().row())
                .containsExactly(
                        tuple("customField.required", Severity.ERROR, null, null),
                        tuple("indicator.coverage", Severity.ERROR, 1, null),
                        tuple("indicator.value.vague", Severity.ERROR, 1, 3),
                        tuple("indicator.value.vague", Severity.ERROR, 1, 5),
                        tuple("indicator.value.vague", Severity.ERROR, 2, 2),
                        tuple("indicator.coverage", Severity.ERROR, 3, null),
                        tuple("indicator.coverage", Severity.ERROR, 4, null));
        assertThat(report.findings().findings()).hasSize(12);
    }

    @Test
    void draftWithoutCustomValuesUsesTheThreeArgumentForm() {
        MigrationReport report = TemplateMigration.between(V1, LUNAN, seed);

        assertThat(report.findings().errors()).extracting(Finding::ruleId).contains("customField.required");
    }
}
