package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridTable;

/** What a table is, from its labels. */
enum TableKind {
    /** One row per indicator with project columns (budget-system export). */
    FLAT,
    /** A project goal table, possibly with its indicator table fused into it. */
    PROJECT,
    /** A department-level goal form (部门整体绩效目标表). */
    DEPARTMENT_FORM,
    /** An indicator table alone: belongs to the project above it. */
    INDICATORS,
    /** One column of text, e.g. a worksheet holding Part 1: read as paragraphs. */
    TEXT,
    /** Nothing we recognise. */
    UNKNOWN;

    static TableKind of(GridTable table) {
        if (table.rows().stream().allMatch(r -> r.filled().size() <= 1)) {
            return TEXT; // checked first: a Part 1 sheet has the form's words ("部门整体绩效目标") in its lines
        }
        if (FlatTableReader.headerIndex(table) >= 0) {
            return FLAT;
        }
        if (table.rows().stream().anyMatch(r -> ProjectTableReader.hasCodeLabel(r) || ProjectTableReader.hasNameLabel(r))) {
            return PROJECT;
        }
        if (DepartmentFormReader.isForm(table)) {
            return DEPARTMENT_FORM;
        }
        if (table.rows().stream().anyMatch(ProjectTableReader::isUnitRow)) {
            return PROJECT;
        }
        if (table.rows().stream().anyMatch(HeaderRow::isIndicatorHeader)) {
            return INDICATORS;
        }
        if (table.rows().stream().anyMatch(ProjectTableReader::hasLabel)) {
            return PROJECT;
        }
        return UNKNOWN;
    }
}
