package cn.jixiao.templates.forms;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.validation.Finding;
import cn.jixiao.templates.validation.ValidationReport;
import cn.jixiao.templates.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Moving a draft to another template version is explicit: this reports what changes before it happens. */
public final class TemplateMigration {

    private TemplateMigration() {}

    /**
     * Compares two template versions and, when a draft is given, validates it under the newer one.
     *
     * @param from          template the draft was written under
     * @param to            template to move to
     * @param draftOrNull   the draft, or {@code null} for a comparison of the templates only
     */
    public static MigrationReport between(FormTemplate from, FormTemplate to, Disclosure draftOrNull) {
        return between(from, to, draftOrNull, Map.of());
    }

    /** As {@link #between(FormTemplate, FormTemplate, Disclosure)}, with the draft's custom field values. */
    public static MigrationReport between(FormTemplate from, FormTemplate to, Disclosure draftOrNull,
                                          Map<String, String> customFieldValues) {
        ValidationReport after = null;
        List<Finding> introduced = List.of();
        if (draftOrNull != null) {
            after = Validator.validate(draftOrNull, customFieldValues, to);
            Set<List<Object>> before = Validator.validate(draftOrNull, customFieldValues, from).findings().stream()
                    .map(TemplateMigration::key)
                    .collect(Collectors.toSet());
            introduced = after.findings().stream().filter(f -> !before.contains(key(f))).toList();
        }
        return new MigrationReport(from.ref(), to.ref(), FieldDiff.between(from, to), RuleDiff.between(from, to),
                StructureDiff.between(from, to), after, introduced);
    }

    // Same rule, severity and place: the message may differ only through renamed labels
    private static List<Object> key(Finding f) {
        return List.of(f.ruleId(), f.severity(), f.location());
    }
}
