package cn.jixiao.templates.validation;

import java.util.List;

/**
 * Findings of one validation run, in document order.
 *
 * @param templateId      id of the template the disclosure was checked against
 * @param templateVersion its version
 * @param findings        findings, department first, then projects in order and rows in order
 */
public record ValidationReport(String templateId, int templateVersion, List<Finding> findings) {
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** True when any finding blocks submission. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Findings of severity ERROR, in document order. */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** Findings of severity WARNING, in document order. */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }
}
