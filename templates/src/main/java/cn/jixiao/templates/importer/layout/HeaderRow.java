package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A header row read into columns. Data cells are matched to headers by grid column, not by position in the row,
 * so a header that spans two columns or a row with merged cells still lines up.
 */
final class HeaderRow {

    private final GridRow row;
    private final Map<Column, GridCell> columns = new EnumMap<>(Column.class);
    private final List<GridCell> unknown = new ArrayList<>();

    private HeaderRow(GridRow row) {
        this.row = row;
        for (GridCell cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            Column column = Column.of(cell.text());
            if (column == null || columns.containsKey(column)) {
                unknown.add(cell);
            } else {
                columns.put(column, cell);
            }
        }
        // in an indicator table a bare "单位" is the unit of the value, not the budget unit
        GridCell unit = columns.get(Column.UNIT_NAME);
        if (unit != null && !hasProjectColumns() && Labels.base(unit.text()).equals("单位") && !has(Column.MEASURE_UNIT)) {
            columns.remove(Column.UNIT_NAME);
            columns.put(Column.MEASURE_UNIT, unit);
        }
        // without a 三级指标 column, 指标内容 names the indicator (一级 | 二级 | 指标内容 | 指标值)
        GridCell content = columns.get(Column.DESCRIPTION);
        if (content != null && !has(Column.LEVEL3) && Labels.base(content.text()).equals("指标内容")) {
            columns.remove(Column.DESCRIPTION);
            columns.put(Column.LEVEL3, content);
        }
    }

    static HeaderRow of(GridRow row) {
        return new HeaderRow(row);
    }

    /** An indicator table header: 一级指标 or 二级指标, and 三级指标 or 指标值; no project columns. */
    static boolean isIndicatorHeader(GridRow row) {
        HeaderRow header = new HeaderRow(row);
        return (header.has(Column.LEVEL1) || header.has(Column.LEVEL2))
                && (header.has(Column.LEVEL3) || header.has(Column.VALUE)) && !header.hasProjectColumns();
    }

    /** The flat export's header: project columns and indicator columns in one row. */
    static boolean isFlatHeader(GridRow row) {
        HeaderRow header = new HeaderRow(row);
        return header.hasProjectColumns()
                && (header.has(Column.LEVEL3) || header.has(Column.VALUE) || header.has(Column.LEVEL1));
    }

    boolean hasProjectColumns() {
        return has(Column.PROJECT_CODE) || has(Column.PROJECT_NAME);
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    GridRow row() {
        return row;
    }

    GridCell headerCell(Column column) {
        return columns.get(column);
    }

    /** One past the last grid column under a recognised header. */
    int width() {
        return columns.values().stream().mapToInt(GridCell::end).max().orElse(0);
    }

    /** The data cell under {@code column} in {@code data}, or {@code null}. */
    GridCell cell(GridRow data, Column column) {
        GridCell header = columns.get(column);
        if (header == null) {
            return null;
        }
        for (GridCell cell : data.cells()) {
            if (cell.column() >= header.column() && cell.column() < header.end()) {
                return cell;
            }
        }
        return null;
    }

    /** The column a data cell is under, or {@code null} if it is under an unknown header or none. */
    Column columnOf(GridCell data) {
        for (Map.Entry<Column, GridCell> e : columns.entrySet()) {
            GridCell header = e.getValue();
            if (data.column() >= header.column() && data.column() < header.end()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The unknown header above a data cell, or {@code null}. */
    GridCell unknownHeaderOf(GridCell data) {
        for (GridCell header : unknown) {
            if (data.column() >= header.column() && data.column() < header.end()) {
                return header;
            }
        }
        return null;
    }

    /** Records the header cells as labels, and each unrecognised one as a finding. */
    void report(ReportBuilder report, String tableName) {
        columns.forEach((column, cell) -> report.label(cell.location(), tableName + "列标题：" + column.label()));
        for (GridCell cell : unknown) {
            report.notMapped(cell.location(), "未识别的列标题，该列不导入");
            report.finding(FindingKind.HEADER_NOT_RECOGNIZED, cell.location(),
                    tableName + "的列标题“" + cell.text().strip() + "”无法识别", "该列的内容未导入，列在未导入清单中");
        }
    }
}
