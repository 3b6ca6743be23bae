package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned form template: which sections and fields a disclosure has, which are required and their limits,
 * the allowed indicator hierarchy, the grammar of indicator values and which rules run with which severity.
 * Load one with {@link FormTemplates}; the JSON form is described by {@code forms/form-template.schema.json}.
 *
 * @param id                 template id, e.g. "platform-default"
 * @param version            version, increased on every published change
 * @param name               Chinese display name
 * @param basedOn            template this one was derived from, {@code null} for a platform template
 * @param sections           sections with their built-in fields in display order
 * @param customFields       tenant's custom fields in display order
 * @param hierarchy          allowed 一级/二级 indicators
 * @param requiredIndicators indicators every project must have
 * @param valueGrammar       grammar of 指标值
 * @param rules              rules that run, with severities and limits
 */
public record FormTemplate(String id, int version, String name, TemplateRef basedOn, List<Section> sections,
                           List<FieldDef> customFields, IndicatorHierarchy hierarchy,
                           List<RequiredIndicator> requiredIndicators, ValueGrammar valueGrammar,
                           List<RuleSetting> rules) {
    public FormTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        sections = List.copyOf(sections);
        customFields = List.copyOf(customFields);
        Objects.requireNonNull(hierarchy, "hierarchy");
        requiredIndicators = List.copyOf(requiredIndicators);
        Objects.requireNonNull(valueGrammar, "valueGrammar");
        rules = List.copyOf(rules);
    }

    /** This template's id and version. */
    public TemplateRef ref() {
        return new TemplateRef(id, version);
    }

    /** Built-in fields of all sections, in section and display order. */
    public List<FieldDef> builtInFields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    /** A built-in or custom field by id. */
    public Optional<FieldDef> field(String fieldId) {
        return Stream.concat(builtInFields().stream(), customFields.stream())
                .filter(f -> f.id().equals(fieldId))
                .findFirst();
    }

    /** Whether the template requires a value of the field; false for a field it does not define. */
    public boolean required(String fieldId) {
        return field(fieldId).map(FieldDef::required).orElse(false);
    }

    /** The label of a field, or its id when the template does not define it. */
    public String label(String fieldId) {
        return field(fieldId).map(FieldDef::label).orElse(fieldId);
    }

    /** The setting of a rule by id. */
    public Optional<RuleSetting> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
