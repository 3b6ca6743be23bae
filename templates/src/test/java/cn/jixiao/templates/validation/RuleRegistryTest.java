package cn.jixiao.templates.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.forms.FormTemplates;
import cn.jixiao.templates.forms.RuleSetting;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rule ids in code, in the published schema and in the platform default are the same set. */
class RuleRegistryTest {

    @Test
    void schemaListsExactlyTheRegisteredRules() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/forms/form-template.schema.json")) {
            schema = JsonMapper.shared().readTree(in);
        }
        Set<String> inSchema = new HashSet<>();
        schema.at("/$defs/ruleId/enum").values().forEach(n -> inSchema.add(n.stringValue()));

        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(RuleRegistry.ids());
    }

    @Test
    void platformDefaultConfiguresEveryRule() {
        assertThat(FormTemplates.platformDefault().rules()).extracting(RuleSetting::id)
                .containsExactlyInAnyOrderElementsOf(RuleRegistry.ids());
    }

    @Test
    void everyRuleNamesItsSource() {
        assertThat(RuleRegistry.all()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }
}
