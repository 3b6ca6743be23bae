package cn.jixiao.platform.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.jixiao.templates.validation.Finding;
import cn.jixiao.templates.validation.Location;
import cn.jixiao.templates.validation.Severity;
import cn.jixiao.templates.validation.ValidationReport;

/**
 * A validation report as the pages place it: next to the cell a finding names, errors apart from
 * warnings. Projects and rows are 1-based, as in {@link Location}.
 */
record PageFindings(List<Finding> all) {

    private static final Set<String> INDICATOR_CELLS = Set.of("indicator.level1", "indicator.level2", "indicator.level3",
            "indicator.description", "indicator.value", "indicator.basis");

    static PageFindings of(ValidationReport report) {
        return new PageFindings(report == null ? List.of() : report.findings());
    }

    static PageFindings none() {
        return new PageFindings(List.of());
    }

    /** Findings of one indicator cell, {@code column} e.g. {@code indicator.value}. */
    public List<Finding> cell(int project, int row, String column) {
        return all.stream().filter(f -> inRow(f, project, row) && column.equals(f.location().column())).toList();
    }

    /** Findings of an indicator row that name no single cell of it. */
    public List<Finding> row(int project, int row) {
        return all.stream().filter(f -> inRow(f, project, row) && !INDICATOR_CELLS.contains(f.location().column())).toList();
    }

    /** Findings of a project that name no indicator row. */
    public List<Finding> project(int project) {
        return all.stream().filter(f -> f.location() != null && Objects.equals(f.location().project(), project)
                && !("projects.indicators".equals(f.location().section()) && f.location().row() != null)).toList();
    }

    /** Findings of a project's spending plan. */
    public List<Finding> spendPlan(int project) {
        return all.stream().filter(f -> f.location() != null && "projects.spendPlan".equals(f.location().section())
                && Objects.equals(f.location().project(), project)).toList();
    }

    /** Findings of a section of Part 1, e.g. {@code goals.overall}. */
    public List<Finding> section(String section) {
        return all.stream().filter(f -> f.location() != null && section.equals(f.location().section())).toList();
    }

    /** Findings of one of the template's custom fields. */
    public List<Finding> customField(String fieldId) {
        return all.stream().filter(f -> f.location() != null && "customFields".equals(f.location().section()) && fieldId.equals(f.location().column())).toList();
    }

    static boolean error(Finding f) {
        return f.severity() == Severity.ERROR;
    }

    private static boolean inRow(Finding f, int project, int row) {
        Location l = f.location();
        return l != null && "projects.indicators".equals(l.section()) && Objects.equals(l.project(), project)
                && Objects.equals(l.row(), row);
    }
}
