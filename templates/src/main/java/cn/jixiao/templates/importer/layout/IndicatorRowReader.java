package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads indicator rows under a header. A blank or merged-from-above 一级/二级 cell continues the one above
 * (Word and Excel merge them; the text export leaves them empty); a new 一级指标 starts a new 二级指标.
 * Columns the model has no field for (序号, 权重, an unknown header) are listed as not mapped. The text export
 * writes every cell of a row, blank ones too, and has no grid (a cell's column is its place in the row), so there
 * a row shorter than its header has lost cells, and those after the gap stand under the wrong headers: reported.
 */
final class IndicatorRowReader {

    /** One indicator row; inherited levels carry the cell they were first written in. */
    record IndicatorRow(GridRow row, Sourced level1, Sourced level2, Sourced level3, Sourced description,
                        Sourced value, Sourced basis) {}

    private static final List<Column> STANDARD = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3,
            Column.DESCRIPTION, Column.VALUE, Column.BASIS);

    private final HeaderRow header;
    private final String tableName;
    private final String field;
    private final ReportBuilder report;
    private final ValueComposer composer;
    private Sourced level1 = Sourced.EMPTY;
    private Sourced level2 = Sourced.EMPTY;
    private boolean composedReported;
    private int rowCount;

    /**
     * @param tableName Chinese name for messages, e.g. "绩效指标表"
     * @param field     what the rows become, e.g. "projects[0].indicators", or "" (a table of several projects)
     */
    IndicatorRowReader(HeaderRow header, String tableName, String field, ReportBuilder report) {
        this.header = header;
        this.tableName = tableName;
        this.field = field;
        this.report = report;
        this.composer = new ValueComposer(report);
    }

    /** Labels the header and reports missing standard columns. */
    void reportHeader() {
        header.report(report, tableName);
        GridCell where = header.row().cells().get(0);
        for (Column column : STANDARD) {
            if (column == Column.LEVEL1 && !header.has(column) && header.has(Column.LEVEL2)) {
                report.finding(FindingKind.COLUMN_MISSING, field, where.location(), tableName + "没有“一级指标”列",
                        "一级指标按二级指标推定（" + Level1.RULE + "），其他留空");
            } else if (!header.has(column)) {
                report.finding(FindingKind.COLUMN_MISSING, field, where.location(),
                        tableName + "没有“" + column.label() + "”列", "该项按空白导入");
            }
        }
    }

    /** Starts over, for the next project of a flat table. */
    void reset() {
        level1 = Sourced.EMPTY;
        level2 = Sourced.EMPTY;
    }

    /** The row's indicator, or {@code null} if its indicator columns are all blank. */
    IndicatorRow read(GridRow row) {
        reportOtherCells(row);
        GridCell c1 = header.cell(row, Column.LEVEL1);
        GridCell c2 = header.cell(row, Column.LEVEL2);
        GridCell c3 = header.cell(row, Column.LEVEL3);
        GridCell description = header.cell(row, Column.DESCRIPTION);
        GridCell value = header.cell(row, Column.VALUE);
        GridCell basis = header.cell(row, Column.BASIS);
        if (allBlank(c1, c2, c3, description, value, basis, header.cell(row, Column.COMPARATOR),
                header.cell(row, Column.MEASURE_UNIT))) {
            return null;
        }
        rowCount++;
        if (report.format() == SourceFormat.TEXT && row.size() < header.width()) {
            report.finding(FindingKind.COLUMN_MISSING, field, row.cells().get(row.size() - 1).location(),
                    tableName + "第" + rowCount + "行只有" + row.size() + "列，应有" + header.width() + "列",
                    "缺少的格按空白导入，该行的格可能错位，请核对");
        }
        if (c1 != null && !c1.isBlank()) {
            level1 = Sourced.of(c1);
            level2 = Sourced.EMPTY; // a new 一级指标 never continues the previous 二级指标
        }
        if (c2 != null && !c2.isBlank()) {
            level2 = Sourced.of(c2);
            if (!header.has(Column.LEVEL1)) {
                level1 = Level1.of(level2);
            }
        }
        Sourced level3 = Sourced.of(c3);
        Sourced composed = composer.compose(new ValueComposer.Parts(header.cell(row, Column.COMPARATOR), value,
                header.cell(row, Column.MEASURE_UNIT), header.cell(row, Column.DIRECTION),
                level3.text() + Sourced.of(description).text()));
        if (composed.cells().size() > 1 && !composedReported) {
            composedReported = true;
            report.finding(FindingKind.VALUE_COMPOSED, composed.cells().get(0).location(),
                    tableName + "的指标值分列填写（比较符号、数值、度量单位分开）",
                    "每行合成为一个指标值，如“" + composed.text() + "”，比较符号统一写作≥、≤、>、<、=");
        }
        return new IndicatorRow(row, level1, level2, level3, Sourced.of(description), composed, Sourced.of(basis));
    }

    /** Indicators of a project, recorded as "projects[i].indicators[k].level1" etc. */
    static List<Indicator> toIndicators(List<IndicatorRow> rows, String projectField, ReportBuilder report) {
        List<Indicator> result = new ArrayList<>(rows.size());
        for (IndicatorRow row : rows) {
            String target = projectField + ".indicators[" + result.size() + "]";
            row.level1().record(report, target + ".level1");
            row.level2().record(report, target + ".level2");
            row.level3().record(report, target + ".level3");
            row.description().record(report, target + ".description");
            row.value().record(report, target + ".value");
            row.basis().record(report, target + ".basis");
            result.add(new Indicator(row.level1().text(), row.level2().text(), row.level3().text(),
                    row.description().text(), IndicatorValue.parse(row.value().text()), row.basis().text()));
        }
        return result;
    }

    /** Cells under columns with no field, or under no known header. */
    private void reportOtherCells(GridRow row) {
        for (GridCell cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            Column column = header.columnOf(cell);
            if (column == null) {
                GridCell unknown = header.unknownHeaderOf(cell);
                report.notMapped(cell.location(), unknown != null
                        ? "列“" + unknown.text().strip() + "”未识别，未导入"
                        : "单元格不在任何列标题之下，未导入");
            } else if (column == Column.WEIGHT) {
                report.notMapped(cell.location(), "权重在数据模型中没有字段，未导入");
            } else if (column == Column.SCORING) {
                report.notMapped(cell.location(), "评（扣）分标准在数据模型中没有字段，未导入");
            } else if (column == Column.LONG_TERM_VALUE) {
                report.notMapped(cell.location(), "长期指标值在数据模型中没有字段（只导入年度指标值），未导入");
            } else if (column == Column.SEQUENCE) {
                report.notMapped(cell.location(), "序号不导入（按表中顺序保存）");
            }
        }
    }

    private static boolean allBlank(GridCell... cells) {
        for (GridCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
