package cn.jixiao.templates.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormTemplatesTest {

    private final FormTemplate template = FormTemplates.platformDefault();

    @Test
    void platformDefaultIsVersionOneWithoutBase() {
        assertThat(template.id()).isEqualTo("platform-default");
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.basedOn()).isNull();
        assertThat(template.sections()).extracting(Section::id)
                .containsExactly("goals", "projects", "projects.spendPlan", "projects.indicators");
        assertThat(template.builtInFields()).extracting(FieldDef::id)
                .containsExactlyElementsOf(Arrays.stream(BuiltInField.values()).map(BuiltInField::id).toList());
        assertThat(template.customFields()).isEmpty();
    }

    @Test
    void platformDefaultMatchesTheSeedTable() {
        assertThat(template.label("indicator.value")).isEqualTo("指标值");
        assertThat(template.field("project.budget.other")).hasValueSatisfying(f -> {
            assertThat(f.required()).isFalse();
            assertThat(f.limits().maxDecimals()).isEqualTo(2);
            assertThat(f.limits().min()).isEqualByComparingTo("0");
        });
        assertThat(template.rule("indicator.value.vague")).hasValueSatisfying(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.enabled()).isTrue();
        });
        assertThat(template.rule("indicator.percent.range").orElseThrow().params())
                .containsEntry("min", BigDecimal.ZERO.setScale(0)).containsKey("max");
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "产出指标, 数量指标, 数量指标",
            "产出, 时效, 时效指标",
            "产出 指标, 成本, 成本指标",
            "效益, 可持续影响, 可持续影响指标",
            "满意度, 服务对象满意度, 服务对象满意度指标",
            "成本指标, 经济成本指标, 经济成本指标",
            "成本, 生态环境成本, 生态环境成本指标"
    })
    void hierarchyAcceptsLabelsWithOrWithoutTrailingZhibiao(String level1, String level2, String node) {
        assertThat(template.hierarchy().find(level1, level2)).hasValueSatisfying(n -> assertThat(n.name()).isEqualTo(node));
    }

    @Test
    void hierarchyKeepsSecondLevelsUnderTheirFirstLevel() {
        assertThat(template.hierarchy().find("产出指标", "经济效益指标")).isEmpty();
        assertThat(template.hierarchy().find("投入指标")).isEmpty();
        assertThat(template.hierarchy().parentsOf("经济效益")).extracting(Level1Node::name).containsExactly("效益指标");
        assertThat(template.hierarchy().find("产出指标", "成本指标").orElseThrow().expects())
                .isEqualTo(ValueExpectation.MONEY);
        assertThat(template.hierarchy().find("效益指标", "经济效益指标").orElseThrow().moneyAllowed()).isTrue();
        assertThat(template.hierarchy().find("产出指标", "时效指标").orElseThrow().moneyAllowed()).isFalse();
    }

    @Test
    void toJsonReadsBackToAnEqualTemplate() {
        String json = FormTemplates.toJson(template);

        assertThat(FormTemplates.parse(json)).isEqualTo(template);
        assertThat(FormTemplates.toJson(FormTemplates.parse(json))).isEqualTo(json);
    }

    @Test
    void shippedFileParsesAsIs() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forms/platform-default-v1.json")) {
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(FormTemplates.parse(shipped)).isEqualTo(template);
        }
    }

    @Test
    void grammarKnowsPercentMoneyAndVaguePhrases() {
        ValueGrammar g = template.valueGrammar();
        var wan = g.toWan(IndicatorValue.parse("≤50000元"));

        assertThat(wan).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(g.isPercent(IndicatorValue.parse("≥90百分比"))).isTrue();
        assertThat(g.vaguePhrase("按实际工作需求督查用车")).contains("按实际");
        assertThat(g.vaguePhrase("较好")).isEmpty();
    }
}
