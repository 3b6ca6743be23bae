package cn.jixiao.templates.forms;

import cn.jixiao.templates.validation.Finding;
import cn.jixiao.templates.validation.ValidationReport;
import java.util.List;

/**
 * What moving a draft from one template version to another changes.
 *
 * @param from         template the draft was written under
 * @param to           template it moves to
 * @param fieldChanges added, removed and changed fields (sections first, then custom fields)
 * @param ruleChanges  added, removed and changed rules
 * @param otherChanges changes to the name, indicator hierarchy, required indicators and value grammar, in Chinese
 * @param findings     the draft validated under {@code to}; {@code null} when no draft was given
 * @param newFindings  findings under {@code to} that the draft did not have under {@code from}; empty without a draft
 */
public record MigrationReport(TemplateRef from, TemplateRef to, List<FieldChange> fieldChanges,
                              List<RuleChange> ruleChanges, List<String> otherChanges, ValidationReport findings,
                              List<Finding> newFindings) {
    public MigrationReport {
        fieldChanges = List.copyOf(fieldChanges);
        ruleChanges = List.copyOf(ruleChanges);
        otherChanges = List.copyOf(otherChanges);
        newFindings = List.copyOf(newFindings);
    }

    /** Whether the two versions differ at all. */
    public boolean hasChanges() {
        return !fieldChanges.isEmpty() || !ruleChanges.isEmpty() || !otherChanges.isEmpty();
    }
}
