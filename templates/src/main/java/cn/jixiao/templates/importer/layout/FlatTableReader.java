package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.text.WordText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the flat export of budget systems: one row per indicator, the project's columns (单位, 项目编码, 项目名称,
 * 预算数, …) repeated or merged down its rows, and the value split into 指标性质 / 指标值 / 度量单位 columns. A
 * project ends where the project code changes; a blank project cell continues the project above. A row with a
 * department or unit but no project and no indicator ("820-XX部门 | 8,827,620.53") is that group's total, not a
 * project; a unit cell merged down over several projects belongs to each of them.
 */
final class FlatTableReader {

    // the header is near the top; below a title and a "单位：元" line at most
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Set<String> TOTAL_ROWS = Set.of("合计", "总计", "小计");
    private static final Pattern DEPARTMENT_LINE = Pattern.compile("^(?:部门|主管部门|部门名称|编报部门|编报单位):(.+)$");
    private static final List<Column> GROUP_COLUMNS = List.of(Column.DEPT_CODE, Column.DEPT_NAME, Column.UNIT_CODE,
            Column.UNIT_NAME);
    private static final List<Column> PROJECT_COLUMNS = List.of(Column.DEPT_CODE, Column.DEPT_NAME, Column.UNIT_CODE,
            Column.UNIT_NAME, Column.PROJECT_CODE, Column.PROJECT_NAME, Column.TOTAL, Column.FISCAL, Column.OTHER,
            Column.PURPOSE, Column.GOAL);

    private final ReportBuilder report;
    private final DepartmentClues clues;
    private final AmountReader amounts;
    private final List<ProjectDraft> drafts = new ArrayList<>();
    private AmountReader.Context context;
    private HeaderRow header;
    private IndicatorRowReader indicatorReader;
    private FlatProject current;
    private int nextIndex;

    private FlatTableReader(ReportBuilder report, DepartmentClues clues, AmountReader.Context documentUnit, int firstIndex) {
        this.report = report;
        this.clues = clues;
        this.amounts = new AmountReader(report);
        this.context = documentUnit;
        this.nextIndex = firstIndex;
    }

    /** Index of the flat header row, or -1 if the table is not a flat export. */
    static int headerIndex(GridTable table) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.rows().size()); i++) {
            if (HeaderRow.isFlatHeader(table.rows().get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the projects of a flat table; the first gets index {@code firstIndex} in the draft. */
    static List<ProjectDraft> read(GridTable table, int firstIndex, ReportBuilder report,
                                   AmountReader.Context documentUnit, DepartmentClues clues) {
        FlatTableReader reader = new FlatTableReader(report, clues, documentUnit, firstIndex);
        int headerAt = headerIndex(table);
        List<GridRow> rows = table.rows();
        for (int i = 0; i < headerAt; i++) {
            reader.aboveHeader(rows.get(i));
        }
        reader.header(rows.get(headerAt));
        for (int i = headerAt + 1; i < rows.size(); i++) {
            reader.row(rows.get(i));
        }
        reader.finishProject();
        return reader.drafts;
    }

    private void aboveHeader(GridRow row) {
        for (GridCell cell : row.filled()) {
            String label = Labels.normalize(cell.text());
            AmountUnit unit = AmountUnit.ofUnitLabel(cell.text());
            Matcher department = DEPARTMENT_LINE.matcher(label);
            if (unit != null) {
                context = new AmountReader.Context(unit, cell.location());
                report.label(cell.location(), "金额单位：" + unit.label());
            } else if (department.matches()) {
                String text = cell.text().substring(Math.max(cell.text().indexOf('：'), cell.text().indexOf(':')) + 1);
                clues.name(text, cell);
            } else if (label.contains("绩效目标")) {
                report.label(cell.location(), "表格标题");
            } else {
                report.notMapped(cell.location(), "表头上方的内容，未导入");
            }
        }
    }

    private void header(GridRow row) {
        header = HeaderRow.of(row);
        indicatorReader = new IndicatorRowReader(header, "项目绩效目标表", "", report); // one table for all projects
        indicatorReader.reportHeader();
        if (!header.has(Column.PROJECT_CODE)) {
            report.finding(FindingKind.COLUMN_MISSING, row.cells().get(0).location(),
                    "项目绩效目标表没有“项目编码”列", "按项目名称区分项目，项目编码留空");
        }
    }

    private void row(GridRow row) {
        if (row.isBlank()) {
            return;
        }
        List<GridCell> filled = row.filled();
        if (TOTAL_ROWS.contains(Labels.normalize(filled.get(0).text()))) {
            report.label(filled.get(0).location(), "合计行");
            filled.subList(1, filled.size()).forEach(c -> report.notMapped(c.location(), "合计行不导入"));
            return;
        }
        if (HeaderRow.isFlatHeader(row)) {
            HeaderRow.of(row).report(report, "项目绩效目标表"); // header repeated on a new page
            return;
        }
        if (isGroupTotal(row)) {
            groupTotal(row);
            return;
        }
        String key = key(row);
        if (current == null || key != null && !key.equals(current.key)) {
            FlatProject previous = current;
            finishProject();
            current = new FlatProject(nextIndex++, key);
            indicatorReader.reset();
            if (previous != null) {
                current.carryMergedDown(previous, row);
            }
        }
        for (Column column : PROJECT_COLUMNS) {
            GridCell cell = header.cell(row, column);
            if (cell != null && !cell.isBlank()) {
                current.set(column, cell);
            }
        }
        IndicatorRowReader.IndicatorRow indicator = indicatorReader.read(row);
        if (indicator != null) {
            current.indicators.add(indicator);
        }
    }

    /** A department's or unit's total row: a department or unit, no project, no indicator. */
    private boolean isGroupTotal(GridRow row) {
        if (key(row) != null || filled(row, Column.PROJECT_NAME)) {
            return false;
        }
        for (Column column : Column.values()) {
            if (column.isIndicator() && filled(row, column)) {
                return false;
            }
        }
        return GROUP_COLUMNS.stream().anyMatch(c -> filled(row, c) && !header.cell(row, c).mergedFromAbove());
    }

    private void groupTotal(GridRow row) {
        for (GridCell cell : row.filled()) {
            Column column = header.columnOf(cell);
            if (column == Column.DEPT_NAME || column == Column.UNIT_NAME && isDepartment(cell.text())) {
                clues.name(cell); // "820-XX部门": the department itself; its cell is recorded with the department
            } else if (column == Column.DEPT_CODE) {
                clues.code(cell);
            } else {
                report.notMapped(cell.location(), "部门或单位的合计行，不作为项目导入");
            }
        }
    }

    /** "820-XX部门" or "XX部门": no unit code (units have the department's code and three digits more). */
    private static boolean isDepartment(String text) {
        Unit unit = UnitText.parse(text);
        return unit == null || unit.code().length() <= 3;
    }

    private boolean filled(GridRow row, Column column) {
        GridCell cell = header.cell(row, column);
        return cell != null && !cell.isBlank();
    }

    /** The project a row belongs to: its code, else its name; {@code null} continues the project above. */
    private String key(GridRow row) {
        GridCell code = header.cell(row, Column.PROJECT_CODE);
        if (header.has(Column.PROJECT_CODE)) {
            return code == null || code.isBlank() ? null : WordText.strip(code.text());
        }
        GridCell name = header.cell(row, Column.PROJECT_NAME);
        return name == null || name.isBlank() ? null : WordText.strip(name.text());
    }

    private void finishProject() {
        if (current != null) {
            drafts.add(current.build());
            current = null;
        }
    }

    /** One project's cells as they come, row by row. */
    private final class FlatProject {
        final int index;
        final String key;
        final String field;
        final Map<Column, GridCell> values = new EnumMap<>(Column.class);
        final List<IndicatorRowReader.IndicatorRow> indicators = new ArrayList<>();
        /** Repeated cells (first, repeat), recorded with the field of the first once it is known. */
        final List<GridCell[]> repeats = new ArrayList<>();

        FlatProject(int index, String key) {
            this.index = index;
            this.key = key;
            this.field = "projects[" + index + "]";
        }

        /** Unit and department cells merged down from the previous project's rows belong to this project too. */
        void carryMergedDown(FlatProject previous, GridRow row) {
            for (Column column : GROUP_COLUMNS) {
                GridCell cell = header.cell(row, column);
                GridCell above = previous.values.get(column);
                if (cell != null && cell.isBlank() && cell.mergedFromAbove() && above != null) {
                    values.put(column, above);
                }
            }
        }

        /** The first value wins; a repeat is the same value, a different one is reported. */
        void set(Column column, GridCell cell) {
            GridCell first = values.putIfAbsent(column, cell);
            if (first == null) {
                return;
            }
            if (WordText.strip(first.text()).equals(WordText.strip(cell.text()))) {
                repeats.add(new GridCell[] {first, cell});
            } else {
                report.finding(FindingKind.CONFLICTING_VALUES, cell.location(),
                        "同一项目的“" + column.label() + "”前后不一致：“" + WordText.strip(first.text()) + "”与“"
                                + WordText.strip(cell.text()) + "”", "采用先出现的“" + WordText.strip(first.text()) + "”");
                report.notMapped(cell.location(), "与同一项目前面的值不一致，未导入");
            }
        }

        ProjectDraft build() {
            String code = text(Column.PROJECT_CODE, ".code");
            String name = text(Column.PROJECT_NAME, ".name");
            if (code.isEmpty() && header.has(Column.PROJECT_CODE)) {
                report.finding(FindingKind.VALUE_MISSING, firstCell().location(), "项目“" + name + "”没有项目编码",
                        "项目编码留空，请补录");
            }
            Unit unit = unit();
            Budget budget = new Budget(amount(Column.TOTAL, "预算数", ".budget.total"),
                    amount(Column.FISCAL, "财政资金", ".budget.fiscal"), amount(Column.OTHER, "其他资金", ".budget.other"));
            String purpose = text(Column.PURPOSE, ".purpose");
            String goal = text(Column.GOAL, ".goal");
            for (GridCell cell : withRepeats(Column.DEPT_CODE)) {
                clues.code(cell);
            }
            for (GridCell cell : withRepeats(Column.DEPT_NAME)) {
                clues.name(cell);
            }
            Project project = new Project(unit == null ? "" : unit.code(), code, name, budget, purpose, List.of(), goal,
                    IndicatorRowReader.toIndicators(indicators, field, report));
            boolean separate = values.containsKey(Column.UNIT_CODE);
            List<GridCell> codeCells = withRepeats(separate ? Column.UNIT_CODE : Column.UNIT_NAME);
            List<GridCell> nameCells = withRepeats(Column.UNIT_NAME);
            return new ProjectDraft(project, unit, unit == null ? List.of() : codeCells, unit == null ? List.of() : nameCells);
        }

        private Unit unit() {
            GridCell code = values.get(Column.UNIT_CODE);
            GridCell name = values.get(Column.UNIT_NAME);
            if (code != null) {
                record(Column.UNIT_CODE, field + ".unitCode");
                return new Unit(WordText.strip(code.text()), name == null ? "" : UnitText.name(name.text()));
            }
            if (name != null) {
                record(Column.UNIT_NAME, field + ".unitCode");
                Unit parsed = UnitText.parse(name.text());
                if (parsed != null) {
                    return parsed;
                }
                report.finding(FindingKind.VALUE_MISSING, name.location(),
                        "单位“" + WordText.strip(name.text()) + "”没有单位编码", "单位编码留空，请补录");
                return new Unit("", UnitText.name(name.text()));
            }
            report.finding(FindingKind.VALUE_MISSING, firstCell().location(), "项目没有填写单位", "单位编码留空，请补录");
            return null;
        }

        private String text(Column column, String suffix) {
            GridCell cell = values.get(column);
            if (cell == null) {
                return "";
            }
            record(column, field + suffix);
            return cell.text();
        }

        private BigDecimal amount(Column column, String name, String suffix) {
            GridCell cell = values.get(column);
            BigDecimal value = amounts.read(field + suffix, name, header.headerCell(column), cell, context);
            if (value != null) {
                record(column, field + suffix);
            }
            return value;
        }

        private List<GridCell> withRepeats(Column column) {
            GridCell cell = values.get(column);
            List<GridCell> cells = new ArrayList<>();
            if (cell != null) {
                cells.add(cell);
                repeats.stream().filter(r -> r[0] == cell).forEach(r -> cells.add(r[1]));
            }
            return cells;
        }

        private void record(Column column, String target) {
            GridCell cell = values.get(column);
            report.value(cell.location(), target);
            for (GridCell[] repeat : repeats) {
                if (repeat[0] == cell) {
                    report.value(repeat[1].location(), target);
                }
            }
        }

        private GridCell firstCell() {
            return values.values().stream().findFirst()
                    .orElseGet(() -> indicators.isEmpty() ? header.row().cells().get(0) : indicators.get(0).row().cells().get(0));
        }
    }
}
