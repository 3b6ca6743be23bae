package cn.jixiao.templates.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.validation.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tenant may tighten the platform's template but never loosen its errors. */
class TemplateDerivationTest {

    private static final FormTemplate BASE = FormTemplates.platformDefault();

    private static final String LUNAN = """
            {
              "id": "lunan",
              "version": 1,
              "name": "路南区预算绩效目标模板",
              "basedOn": {"id": "platform-default", "version": 1},
              "fields": {
                "project.purpose": {"label": "资金用途说明", "maxLength": 500},
                "indicator.basis": {"required": true},
                "project.budget.total": {"max": 100000, "maxDecimals": 2}
              },
              "order": {"projects": ["project.code", "project.name", "project.unitCode", "project.budget.total",
                "project.budget.fiscal", "project.budget.other", "project.purpose", "project.spendPlan", "project.goal",
                "project.indicators"]},
              "customFields": [
                {"id": "contact", "label": "联系人", "type": "text", "required": true, "maxLength": 20},
                {"id": "level", "label": "重点等级", "type": "enum", "required": false, "options": ["一般", "重点"]}
              ],
              "rules": {
                "indicator.value.vague": {"severity": "ERROR"},
                "indicator.percent.range": {"params": {"min": 0, "max": 100}},
                "indicator.cost.sum": {"params": {"maxPercentOfBudget": 95}},
                "goals.itemized.threshold": {"enabled": false}
              },
              "requiredIndicators": [{"name": "生态效益指标", "anyOf": [{"level1": "效益指标", "level2": "生态效益"}]}],
              "vaguePatterns": ["酌情"]
            }
            """;

    @Test
    void derivationTightensAndCarriesItsBase() {
        FormTemplate t = FormTemplates.derive(BASE, LUNAN);

        assertThat(t.id()).isEqualTo("lunan");
        assertThat(t.basedOn()).isEqualTo(new TemplateRef("platform-default", 1));
        assertThat(t.label("project.purpose")).isEqualTo("资金用途说明");
        assertThat(t.field("project.purpose").orElseThrow().limits().maxLength()).isEqualTo(500);
        assertThat(t.field("indicator.basis").orElseThrow().required()).isTrue();
        assertThat(t.field("project.budget.total").orElseThrow().limits().max()).isEqualByComparingTo("100000");
        assertThat(t.sections().get(1).fields()).extracting(FieldDef::id)
                .startsWith("project.code", "project.name", "project.unitCode");
        assertThat(t.customFields()).extracting(FieldDef::id).containsExactly("contact", "level");
        assertThat(t.rule("indicator.value.vague").orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThat(t.rule("indicator.cost.sum").orElseThrow().params().get("maxPercentOfBudget"))
                .isEqualByComparingTo(BigDecimal.valueOf(95));
        assertThat(t.rule("goals.itemized.threshold").orElseThrow().enabled()).isFalse();
        assertThat(t.requiredIndicators()).extracting(RequiredIndicator::name).endsWith("生态效益指标");
        assertThat(t.valueGrammar().vaguePatterns()).endsWith("酌情");
        // Everything else is inherited untouched
        assertThat(t.hierarchy()).isEqualTo(BASE.hierarchy());
        assertThat(t.rule("budget.sum")).isEqualTo(BASE.rule("budget.sum"));
    }

    @Test
    void derivedTemplateIsAValidDocumentThatReadsBack() {
        FormTemplate t = FormTemplates.derive(BASE, LUNAN);

        assertThat(FormTemplates.parse(FormTemplates.toJson(t))).isEqualTo(t);
        assertThat(FormTemplates.toJson(t)).contains("\"basedOn\" : {").contains("\"platform-default\"");
    }

    @Test
    void derivedTemplateCanBeDerivedAgain() {
        FormTemplate v1 = FormTemplates.derive(BASE, LUNAN);
        FormTemplate v2 = FormTemplates.derive(v1, """
                {"id": "lunan", "version": 2, "name": "路南区模板第2版",
                 "fields": {"contact": {"label": "填报联系人", "maxLength": 10}},
                 "rules": {"indicator.value.qualitative": {"severity": "ERROR"}}}
                """);

        assertThat(v2.basedOn()).isEqualTo(new TemplateRef("lunan", 1));
        assertThat(v2.field("contact").orElseThrow().label()).isEqualTo("填报联系人");
        assertThatThrownBy(() -> FormTemplates.derive(v1, """
                {"id": "lunan", "version": 2, "name": "路南区模板第2版", "rules": {"indicator.value.vague": {"severity": "WARNING"}}}
                """)).isInstanceOf(FormTemplateException.class).hasMessageContaining("不能降为警告");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lower an error | {\"budget.sum\": {\"severity\": \"WARNING\"}} | $.rules['budget.sum'].severity | 规则「budget.sum」在基础模板中为错误（ERROR），派生模板不能降为警告（WARNING）",
            "disable an error rule | {\"indicator.duplicate\": {\"enabled\": false}} | $.rules['indicator.duplicate'].enabled | 派生模板不能停用它",
            "widen a rule limit | {\"indicator.percent.range\": {\"params\": {\"max\": 150}}} | $.rules['indicator.percent.range'].params.max | 不能放宽规则「indicator.percent.range」的参数「max」：基础模板为 100，派生模板为 150（只能调小）",
            "lower a min limit | {\"indicator.percent.range\": {\"params\": {\"min\": -10}}} | $.rules['indicator.percent.range'].params.min | （只能调大）",
            "unknown parameter | {\"budget.sum\": {\"params\": {\"tolerance\": 1}}} | $.rules['budget.sum'].params.tolerance | 没有参数「tolerance」"
    })
    void refusesLooseningRules(String name, String rules, String path, String message) {
        String doc = "{\"id\": \"t\", \"version\": 1, \"name\": \"租户模板\", \"rules\": " + rules + "}";

        assertRefused(doc, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "make a required field optional | {\"project.purpose\": {\"required\": false}} | $.fields['project.purpose'].required | 字段「资金用途」在基础模板中为必填，派生模板不能改为选填",
            "widen a max length | {\"project.name\": {\"maxLength\": 200}} | $.fields['project.name'].maxLength | 不能放宽字段「项目名称」的最大长度：基础模板为 100，派生模板为 200",
            "allow more decimals | {\"project.budget.total\": {\"maxDecimals\": 4}} | $.fields['project.budget.total'].maxDecimals | 不能放宽字段「预算数」的小数位数",
            "allow negative money | {\"project.budget.fiscal\": {\"min\": -1}} | $.fields['project.budget.fiscal'].min | 不能放宽字段「财政资金」的最小值",
            "limit of the wrong kind | {\"project.name\": {\"min\": 1}} | $.fields['project.name'] | 不是数值",
            "unknown field | {\"project.colour\": {\"required\": true}} | $.fields['project.colour'] | 基础模板中没有字段「project.colour」"
    })
    void refusesLooseningFields(String name, String fields, String path, String message) {
        String doc = "{\"id\": \"t\", \"version\": 1, \"name\": \"租户模板\", \"fields\": " + fields + "}";

        assertRefused(doc, path, message);
    }

    @Test
    void refusesAnIncompleteOrder() {
        assertRefused("""
                {"id": "t", "version": 1, "name": "租户模板", "order": {"projects.spendPlan": ["spendPlan.percent", "x"]}}
                """, "$.order['projects.spendPlan']", "新顺序须恰好列出该栏目的全部字段，缺少：spendPlan.label，多出：x");
    }

    @Test
    void refusesTheWrongBase() {
        assertRefused("""
                {"id": "t", "version": 1, "name": "租户模板", "basedOn": {"id": "platform-default", "version": 2}}
                """, "$.basedOn", "派生文件声明基于 platform-default v2，但提供的基础模板是 platform-default v1");
        assertRefused("""
                {"id": "platform-default", "version": 1, "name": "同名"}
                """, "$.version", "不能与基础模板（platform-default v1）相同");
    }

    @Test
    void refusesCustomFieldsThatClashOrDoNotFit() {
        FormTemplate v1 = FormTemplates.derive(BASE, LUNAN);

        assertThatThrownBy(() -> FormTemplates.derive(v1, """
                {"id": "lunan", "version": 2, "name": "第2版",
                 "customFields": [{"id": "contact", "label": "联系人", "type": "text", "required": false},
                                  {"id": "due", "label": "期限", "type": "date", "required": false, "maxLength": 10}]}
                """))
                .isInstanceOfSatisfying(FormTemplateException.class, e -> assertThat(e.problems()).extracting(
                        TemplateProblem::path).containsExactly("$.customFields[0].id", "$.customFields[1].maxLength"));
    }

    @Test
    void refusesDocumentsThatBreakTheDerivationSchema() {
        assertRefused("""
                {"id": "t", "version": 1, "name": "租户模板", "hierarchy": []}
                """, "$.hierarchy", "不允许的属性「hierarchy」");
        assertRefused("""
                {"id": "t", "version": 1, "name": "租户模板", "rules": {"budget.magic": {"severity": "ERROR"}}}
                """, "$.rules['budget.magic']", "属性名「budget.magic」无效");
    }

    @Test
    void addsARuleTheBaseLacksOnlyWithASeverity() {
        FormTemplate base = FormTemplates.parse(DefaultJson.with(r -> DefaultJson.array(r, "/rules").remove(21)));
        assertThat(base.rule("indicator.satisfaction.percent")).isEmpty();

        FormTemplate added = FormTemplates.derive(base, """
                {"id": "t", "version": 1, "name": "租户模板",
                 "rules": {"indicator.satisfaction.percent": {"severity": "ERROR"}}}
                """);

        assertThat(added.rule("indicator.satisfaction.percent").orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> FormTemplates.derive(base, """
                {"id": "t", "version": 1, "name": "租户模板", "rules": {"indicator.satisfaction.percent": {"enabled": true}}}
                """)).isInstanceOfSatisfying(FormTemplateException.class, e -> assertThat(e.problems())
                .containsExactly(new TemplateProblem("$.rules['indicator.satisfaction.percent'].severity",
                        "基础模板没有规则「indicator.satisfaction.percent」，新增规则时必须给出 severity")));
    }

    @Test
    void allowsDisablingAWarningRuleAndRaisingWarnings() {
        FormTemplate t = FormTemplates.derive(BASE, """
                {"id": "t", "version": 1, "name": "租户模板",
                 "rules": {"table.cell.empty": {"enabled": false}, "indicator.value.unit": {"severity": "ERROR"}}}
                """);

        assertThat(t.rule("table.cell.empty").orElseThrow().enabled()).isFalse();
        assertThat(t.rule("indicator.value.unit").orElseThrow().severity()).isEqualTo(Severity.ERROR);
    }

    private static void assertRefused(String doc, String path, String message) {
        assertThatThrownBy(() -> FormTemplates.derive(BASE, doc))
                .isInstanceOfSatisfying(FormTemplateException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.message()).contains(message);
                }));
    }
}
