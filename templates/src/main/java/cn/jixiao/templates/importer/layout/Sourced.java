package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.report.ReportBuilder;
import java.util.List;

/**
 * A text value and the cells it was read from (none when the field was left blank, several for a value put
 * together from columns).
 */
record Sourced(String text, List<GridCell> cells) {

    static final Sourced EMPTY = new Sourced("", List.of());

    Sourced {
        cells = List.copyOf(cells);
    }

    /** The cell's text as written; a blank cell (spaces, NBSP) reads as "" like in the text export. */
    static Sourced of(GridCell cell) {
        if (cell == null) {
            return EMPTY;
        }
        return new Sourced(cell.isBlank() ? "" : cell.text(), List.of(cell));
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** Records the cells as the source of {@code field}. */
    void record(ReportBuilder report, String field) {
        for (GridCell cell : cells) {
            report.value(cell.location(), field);
        }
    }
}
