package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** customField.required, customField.format and customField.unknown under a tenant template. */
class CustomFieldRulesTest {

    private static final FormTemplate TENANT = FormTemplates.derive(FormTemplates.platformDefault(), """
            {"id": "lunan", "version": 1, "name": "路南区模板",
             "customFields": [
               {"id": "contact", "label": "联系人", "type": "text", "required": true, "maxLength": 10},
               {"id": "headcount", "label": "编制人数", "type": "number", "required": false, "min": 0, "maxDecimals": 0},
               {"id": "approvedOn", "label": "批复日期", "type": "date", "required": false},
               {"id": "level", "label": "重点等级", "type": "enum", "required": false, "options": ["一般", "重点"]}
             ]}
            """);

    @Test
    void requiredCustomFieldMustHaveAValue() {
        assertThat(findings(Fixtures.clean(), Map.of("contact", "张三"), TENANT, "customField.required")).isEmpty();
        assertThat(findings(Fixtures.clean(), Map.of("contact", " "), TENANT, "customField.required"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(new Location("customFields", null, null, null, "contact"));
                    assertThat(f.message()).startsWith("自定义字段「联系人」：为必填项");
                });
    }

    @ParameterizedTest(name = "{0} = {1} → ok: {2}")
    @CsvSource({
            "contact, 张三, true",
            "contact, 一二三四五六七八九十十一, false",
            "headcount, 12, true",
            "headcount, 十二, false",
            "headcount, -1, false",
            "headcount, 1.5, false",
            "approvedOn, 2025-03-31, true",
            "approvedOn, 2025/3/31, false",
            "level, 重点, true",
            "level, 特别重点, false"
    })
    void customFieldValueMustFitItsTypeAndLimits(String field, String value, boolean ok) {
        Map<String, String> values = new HashMap<>(Map.of("contact", "张三"));
        values.put(field, value);
        var found = findings(Fixtures.clean(), values, TENANT, "customField.format");

        if (ok) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().column()).isEqualTo(field);
            });
        }
    }

    @Test
    void valueForAnUndefinedCustomFieldIsAWarning() {
        assertThat(findings(Fixtures.clean(), Map.of("contact", "张三"), TENANT, "customField.unknown")).isEmpty();
        assertThat(findings(Fixtures.clean(), Map.of("contact", "张三", "fax", "123"), TENANT, "customField.unknown"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location().column()).isEqualTo("fax");
                    assertThat(f.message()).contains("没有定义该自定义字段");
                });
    }
}
