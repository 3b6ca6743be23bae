package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.RuleSetting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Checks a disclosure against a template: runs the rules the template enables, with its severities and limits. */
public final class Validator {

    private Validator() {}

    /** Validates a disclosure that has no custom field values. */
    public static ValidationReport validate(Disclosure disclosure, FormTemplate template) {
        return validate(disclosure, Map.of(), template);
    }

    /**
     * Validates a disclosure and its custom field values (keyed by custom field id).
     *
     * @return findings in document order: department first, then projects in order, rows in order
     */
    public static ValidationReport validate(Disclosure disclosure, Map<String, String> customFieldValues,
                                            FormTemplate template) {
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(template, "template");
        ValidationInput input = new ValidationInput(disclosure, customFieldValues == null ? Map.of()
                : Collections.unmodifiableMap(new HashMap<>(customFieldValues)), template,
                IndicatorRow.of(disclosure.projects(), template.hierarchy()));
        template.rules().forEach(s -> RuleRegistry.find(s.id())
                .orElseThrow(() -> new IllegalArgumentException("unknown rule " + s.id())));
        List<Finding> findings = new ArrayList<>();
        // Registry order, so findings at the same place always come in the same order
        for (Rule rule : RuleRegistry.all()) {
            Optional<RuleSetting> setting = template.rule(rule.id());
            if (setting.isPresent() && setting.get().enabled()) {
                rule.check(new RuleContext(input, rule, setting.get(), findings));
            }
        }
        findings.sort(DocumentOrder.comparator(template));
        return new ValidationReport(template.id(), template.version(), findings);
    }
}
