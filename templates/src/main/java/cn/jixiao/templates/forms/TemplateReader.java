package cn.jixiao.templates.forms;

import cn.jixiao.templates.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Builds the model from a template tree that already conforms to the schema. */
final class TemplateReader {

    private TemplateReader() {}

    static FormTemplate read(JsonNode root) {
        JsonNode basedOn = root.path("basedOn");
        return new FormTemplate(
                root.get("id").stringValue(),
                root.get("version").intValue(),
                root.get("name").stringValue(),
                basedOn.isObject() ? ref(basedOn) : null,
                list(root.get("sections"), TemplateReader::section),
                list(root.path("customFields"), TemplateReader::field),
                new IndicatorHierarchy(list(root.get("indicatorHierarchy"), TemplateReader::level1)),
                list(root.get("requiredIndicators"), TemplateReader::requiredIndicator),
                grammar(root.get("valueGrammar")),
                list(root.get("rules"), TemplateReader::rule));
    }

    static TemplateRef ref(JsonNode n) {
        return new TemplateRef(n.get("id").stringValue(), n.get("version").intValue());
    }

    private static Section section(JsonNode n) {
        return new Section(n.get("id").stringValue(), n.get("label").stringValue(),
                list(n.get("fields"), TemplateReader::field));
    }

    static FieldDef field(JsonNode n) {
        return new FieldDef(n.get("id").stringValue(), n.get("label").stringValue(),
                FieldType.fromJson(n.get("type").stringValue()).orElseThrow(),
                n.get("required").booleanValue(), limits(n), strings(n.path("options")));
    }

    static FieldLimits limits(JsonNode n) {
        return new FieldLimits(
                n.has("maxLength") ? n.get("maxLength").intValue() : null,
                n.has("min") ? n.get("min").decimalValue() : null,
                n.has("max") ? n.get("max").decimalValue() : null,
                n.has("maxDecimals") ? n.get("maxDecimals").intValue() : null);
    }

    private static Level1Node level1(JsonNode n) {
        return new Level1Node(n.get("name").stringValue(), strings(n.path("aliases")),
                list(n.get("children"), TemplateReader::level2));
    }

    private static Level2Node level2(JsonNode n) {
        ValueExpectation expects = ValueExpectation.fromJson(n.get("expects").stringValue());
        boolean moneyAllowed = n.has("moneyAllowed") ? n.get("moneyAllowed").booleanValue()
                : expects == ValueExpectation.MONEY;
        return new Level2Node(n.get("name").stringValue(), strings(n.path("aliases")), expects, moneyAllowed);
    }

    static RequiredIndicator requiredIndicator(JsonNode n) {
        return new RequiredIndicator(n.get("name").stringValue(), list(n.get("anyOf"), r -> new IndicatorRef(
                r.get("level1").stringValue(), r.has("level2") ? r.get("level2").stringValue() : null)));
    }

    private static ValueGrammar grammar(JsonNode n) {
        Map<String, BigDecimal> money = new LinkedHashMap<>();
        n.get("moneyUnits").properties().forEach(e -> money.put(e.getKey(), e.getValue().decimalValue()));
        return new ValueGrammar(strings(n.get("percentUnits")), money, strings(n.get("vaguePatterns")),
                n.get("unitRequired").booleanValue());
    }

    private static RuleSetting rule(JsonNode n) {
        return new RuleSetting(n.get("id").stringValue(), Severity.valueOf(n.get("severity").stringValue()),
                !n.has("enabled") || n.get("enabled").booleanValue(), params(n.path("params")));
    }

    static Map<String, BigDecimal> params(JsonNode n) {
        Map<String, BigDecimal> params = new LinkedHashMap<>();
        if (n.isObject()) {
            n.properties().forEach(e -> params.put(e.getKey(), e.getValue().decimalValue()));
        }
        return params;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.values().forEach(v -> out.add(v.stringValue()));
        }
        return out;
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.values().forEach(v -> out.add(item.apply(v)));
        }
        return out;
    }
}
