package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one project's goal table (项目绩效目标表) and indicator table from its rows, however they were split
 * into Word tables. Rows are recognised by label cells wherever they stand in the row ("项目编码 | value",
 * "预算数 | value"); a row whose first cell is empty or merged from above continues the labelled row above it.
 * The same rules for every format, so the seed reads the same from text and from Word.
 */
final class ProjectTableReader {

    private enum Section { NONE, BUDGET, PURPOSE, SPEND, GOAL, LONG_TERM }

    private static final List<String> LONG_TERM_LABELS = List.of("长期目标", "中长期目标", "长期绩效目标", "中长期绩效目标");
    private static final List<String> ANNUAL_LABELS = List.of("年度目标", "年度绩效目标", "当年目标", "年度总体目标");

    private enum Pair { CODE, NAME, TOTAL, FISCAL, OTHER, CARRIED_OVER, UNIT, DEPT_NAME, DEPT_CODE }

    private static final Map<String, Pair> PAIR_LABELS = new HashMap<>();

    static {
        for (String s : List.of("项目编码", "项目代码")) {
            PAIR_LABELS.put(s, Pair.CODE);
        }
        PAIR_LABELS.put("项目名称", Pair.NAME);
        for (String s : List.of("预算数", "资金总额", "年度资金总额", "项目资金总额", "年度预算数", "预算资金", "预算金额")) {
            PAIR_LABELS.put(s, Pair.TOTAL);
        }
        for (String s : List.of("其中:财政资金", "财政资金", "其中:财政拨款", "财政拨款")) {
            PAIR_LABELS.put(s, Pair.FISCAL);
        }
        for (String s : List.of("其他资金", "其中:其他资金")) {
            PAIR_LABELS.put(s, Pair.OTHER);
        }
        for (String s : List.of("上年结转", "其中:上年结转", "上年结转资金")) {
            PAIR_LABELS.put(s, Pair.CARRIED_OVER);
        }
        for (String s : List.of("实施单位", "预算单位", "单位名称")) {
            PAIR_LABELS.put(s, Pair.UNIT);
        }
        for (String s : List.of("主管部门", "部门名称")) {
            PAIR_LABELS.put(s, Pair.DEPT_NAME);
        }
        PAIR_LABELS.put("部门编码", Pair.DEPT_CODE);
    }

    private static final List<String> TITLE_ROW_LABELS = List.of("绩效指标", "年度绩效指标", "项目绩效指标");

    private final int index;
    private final String field;
    private final ReportBuilder report;
    private final AmountReader amounts;
    private final AmountReader.Context documentUnit;
    private final DepartmentClues clues;

    private Section section = Section.NONE;
    private Unit unit;
    private final List<GridCell> unitCells = new ArrayList<>();
    private AmountReader.Context tableUnit = AmountReader.Context.NONE;
    private GridCell code;
    private GridCell name;
    private final GridCell[] amountLabels = new GridCell[3];
    private final GridCell[] amountValues = new GridCell[3];
    private final List<GridCell> purpose = new ArrayList<>();
    private List<GridCell> spendLabels;
    private GridRow spendValues;
    private final List<GridCell> goal = new ArrayList<>();
    private boolean inLongTerm;
    private IndicatorRowReader indicatorReader;
    private final List<IndicatorRowReader.IndicatorRow> indicators = new ArrayList<>();

    private ProjectTableReader(int index, ReportBuilder report, AmountReader.Context documentUnit, DepartmentClues clues) {
        this.index = index;
        this.field = "projects[" + index + "]";
        this.report = report;
        this.amounts = new AmountReader(report);
        this.documentUnit = documentUnit;
        this.clues = clues;
    }

    /** True for a row with a "单位：万元" cell: the first row of a project goal table. */
    static boolean isUnitRow(GridRow row) {
        return row.cells().stream().anyMatch(c -> !c.isBlank() && AmountUnit.isUnitLabel(c.text()));
    }

    /** True for a row with a "项目编码" label. */
    static boolean hasCodeLabel(GridRow row) {
        return row.cells().stream().anyMatch(c -> PAIR_LABELS.get(Labels.base(c.text())) == Pair.CODE);
    }

    /** True for a row with a "项目名称" label. */
    static boolean hasNameLabel(GridRow row) {
        return row.cells().stream().anyMatch(c -> PAIR_LABELS.get(Labels.base(c.text())) == Pair.NAME);
    }

    /** True if any cell of the row is a label of the project goal table. */
    static boolean hasLabel(GridRow row) {
        return row.cells().stream().anyMatch(c -> !c.isBlank()
                && (PAIR_LABELS.containsKey(Labels.base(c.text())) || sectionOf(c.text()) != null));
    }

    /**
     * Reads the {@code index}-th (0-based) project of the document.
     *
     * @param documentUnit amount unit stated before the table, if any
     */
    static ProjectDraft read(ProjectSegment segment, int index, ReportBuilder report,
                             AmountReader.Context documentUnit, DepartmentClues clues) {
        ProjectTableReader reader = new ProjectTableReader(index, report, documentUnit, clues);
        for (GridRow row : segment.rows()) {
            reader.row(row);
        }
        return reader.build(segment);
    }

    private void row(GridRow row) {
        if (indicatorReader != null) {
            if (HeaderRow.isIndicatorHeader(row)) {
                HeaderRow.of(row).report(report, "绩效指标表"); // a header repeated after a page break
            } else {
                IndicatorRowReader.IndicatorRow indicator = indicatorReader.read(row);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
            return;
        }
        if (HeaderRow.isIndicatorHeader(row)) {
            indicatorReader = new IndicatorRowReader(HeaderRow.of(row), "绩效指标表", field + ".indicators", report);
            indicatorReader.reportHeader();
            return;
        }
        if (isUnitRow(row)) {
            unitRow(row);
            section = Section.NONE;
            return;
        }
        GridCell first = row.cell(0);
        if (first != null && !first.isBlank()) {
            labelledRow(row, first);
        } else {
            continuationRow(row);
        }
    }

    private void labelledRow(GridRow row, GridCell first) {
        Section heading = sectionOf(first.text());
        if (heading != null) {
            section = heading;
            report.label(first.location(), "项目表栏目：" + first.text().strip());
            AmountUnit stated = AmountUnit.named(Labels.parenthesis(first.text()));
            if (heading == Section.BUDGET && stated != null) {
                tableUnit = new AmountReader.Context(stated, first.location()); // "项目资金（万元）"
            }
        }
        boolean pairs = readPairs(row, heading == null ? 0 : 1);
        switch (heading == null ? Section.NONE : heading) {
            case SPEND -> spendLabels = row.cells().subList(1, row.size());
            case GOAL -> {
                goal.clear();
                inLongTerm = false;
                goalCells(values(row));
            }
            case LONG_TERM -> {
                inLongTerm = true;
                goalCells(values(row));
            }
            case PURPOSE -> purpose.addAll(values(row));
            default -> { }
        }
        if (heading == null && !pairs) {
            section = Section.NONE;
            if (row.filled().size() == 1 && isTitle(first.text())) {
                report.label(first.location(), "表格标题");
            } else if (unit == null && UnitText.looksLikeUnit(first.text()) && row.filled().size() == 1) {
                unitCell(first); // the unit row without its "单位：万元" cell
            } else {
                unrecognizedRow(row, first);
            }
        }
    }

    private void continuationRow(GridRow row) {
        if (readPairs(row, 0)) {
            return;
        }
        switch (section) {
            case BUDGET, PURPOSE -> purpose.addAll(values(row));
            case SPEND -> {
                if (spendValues == null) {
                    spendValues = row;
                } else {
                    notMapped(row, "资金支出计划多出的一行，未导入");
                }
            }
            case GOAL, LONG_TERM -> goalCells(values(row));
            case NONE -> notMapped(row, "无法归属到项目表的任何栏目，未导入");
        }
    }

    /** Goal text; a 长期目标 block (sub-label or its own row) has no field and is kept out of 年度绩效目标. */
    private void goalCells(List<GridCell> cells) {
        for (GridCell cell : cells) {
            String label = Labels.normalize(cell.text());
            if (LONG_TERM_LABELS.contains(label) || ANNUAL_LABELS.contains(label)) {
                inLongTerm = LONG_TERM_LABELS.contains(label);
                report.label(cell.location(), "项目表栏目：" + cell.text().strip());
            } else if (inLongTerm) {
                report.notMapped(cell.location(), "长期目标在数据模型中没有字段（只导入年度目标），未导入");
                report.finding(FindingKind.NOT_MODELLED, field + ".goal", cell.location(),
                        "长期目标“" + cell.text().strip() + "”在数据模型中没有字段", "未导入，年度绩效目标只取年度目标");
            } else {
                goal.add(cell);
            }
        }
    }

    private void unitRow(GridRow row) {
        for (GridCell cell : row.filled()) {
            if (AmountUnit.isUnitLabel(cell.text())) {
                AmountUnit stated = AmountUnit.ofUnitLabel(cell.text());
                if (stated != null) {
                    tableUnit = new AmountReader.Context(stated, cell.location());
                    report.label(cell.location(), "金额单位：" + stated.label());
                } else {
                    report.notMapped(cell.location(), "无法识别的金额单位");
                    report.finding(FindingKind.HEADER_NOT_RECOGNIZED, cell.location(),
                            "金额单位“" + cell.text().strip() + "”无法识别", "金额按其他线索确定单位");
                }
            } else if (PAIR_LABELS.get(Labels.base(cell.text())) == Pair.UNIT) {
                report.label(cell.location(), "项目表标签：" + cell.text().strip()); // "预算单位 | 346001… | 单位：元"
            } else if (unit == null) {
                unitCell(cell);
            } else {
                report.notMapped(cell.location(), "单位行中多出的内容，未导入");
            }
        }
    }

    private void unitCell(GridCell cell) {
        Unit parsed = UnitText.parse(cell.text());
        if (parsed == null) {
            report.finding(FindingKind.VALUE_MISSING, field + ".unitCode", cell.location(),
                    "单位“" + cell.text().strip() + "”没有以单位编码开头", "单位编码留空，单位名称按原文导入，请补录编码");
            parsed = new Unit("", cell.text().strip());
        }
        unit = parsed;
        unitCells.clear();
        unitCells.add(cell);
        report.value(cell.location(), field + ".unitCode");
    }

    /** Reads "label | value" pairs from {@code from} on; returns whether any label was found. */
    private boolean readPairs(GridRow row, int from) {
        boolean any = false;
        for (int i = from; i < row.size(); i++) {
            GridCell label = row.cell(i);
            Pair pair = label.isBlank() ? null : PAIR_LABELS.get(Labels.base(label.text()));
            if (pair == null) {
                continue;
            }
            any = true;
            report.label(label.location(), "项目表标签：" + label.text().strip());
            GridCell value = row.cell(i + 1);
            pair(pair, label, value);
            i++; // the value cell is never a label
        }
        return any;
    }

    private void pair(Pair pair, GridCell label, GridCell value) {
        switch (pair) {
            case CODE -> code = value;
            case NAME -> name = value;
            case TOTAL, FISCAL, OTHER -> {
                int k = pair.ordinal() - Pair.TOTAL.ordinal();
                amountLabels[k] = label;
                amountValues[k] = value;
            }
            case CARRIED_OVER -> {
                if (value != null && !value.isBlank()) {
                    report.notMapped(value.location(), "上年结转在数据模型中没有字段，未导入");
                    report.finding(FindingKind.NOT_MODELLED, field + ".budget", value.location(),
                            "上年结转资金“" + value.text().strip() + "”在数据模型中没有单独字段",
                            "未导入；请核对预算数、财政资金、其他资金是否已含这笔资金");
                }
            }
            case UNIT -> {
                if (value != null && !value.isBlank()) {
                    unitCell(value);
                }
            }
            case DEPT_NAME -> clues.name(value);
            case DEPT_CODE -> clues.code(value);
        }
    }

    private void unrecognizedRow(GridRow row, GridCell first) {
        report.finding(FindingKind.HEADER_NOT_RECOGNIZED, first.location(),
                "项目表中的栏目“" + first.text().strip() + "”无法识别", "该行未导入，列在未导入清单中");
        notMapped(row, "未识别的栏目，未导入");
    }

    private void notMapped(GridRow row, String reason) {
        for (GridCell cell : row.filled()) {
            report.notMapped(cell.location(), reason);
        }
    }

    private static Section sectionOf(String text) {
        String label = Labels.base(text);
        if (label.startsWith("预算规模") || label.startsWith("项目资金") || label.equals("资金情况")) {
            return Section.BUDGET;
        }
        if (label.equals("资金用途")) {
            return Section.PURPOSE;
        }
        if (label.startsWith("资金支出计划") || label.equals("支出计划")) {
            return Section.SPEND;
        }
        if (label.equals("绩效目标") || label.equals("年度绩效目标") || label.equals("年度目标") || label.equals("项目绩效目标")
                || label.equals("年度总体目标")) {
            return Section.GOAL;
        }
        if (LONG_TERM_LABELS.contains(label)) {
            return Section.LONG_TERM;
        }
        return null;
    }

    private static boolean isTitle(String text) {
        String label = Labels.normalize(text);
        return label.contains("绩效目标表") || label.contains("绩效目标申报表") || TITLE_ROW_LABELS.contains(label);
    }

    /** Non-blank cells after the first, in order. */
    private static List<GridCell> values(GridRow row) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 1; i < row.size(); i++) {
            if (!row.cell(i).isBlank()) {
                cells.add(row.cell(i));
            }
        }
        return cells;
    }

    private ProjectDraft build(ProjectSegment segment) {
        SourceLocation where = segment.where();
        String projectCode = text(code);
        if (code == null || code.isBlank()) {
            report.finding(FindingKind.VALUE_MISSING, field + ".code", where, "项目表没有项目编码", "项目编码留空，请补录");
        } else {
            report.value(code.location(), field + ".code");
        }
        String projectName = text(name);
        if (name != null && !name.isBlank()) {
            report.value(name.location(), field + ".name");
        } else if (segment.headingName() != null) {
            projectName = segment.headingName();
            report.value(segment.heading().location(), field + ".name");
        } else {
            report.finding(FindingKind.VALUE_MISSING, field + ".name", where, "项目表没有项目名称", "项目名称留空，请补录");
        }
        if (unit == null) {
            report.finding(FindingKind.VALUE_MISSING, field + ".unitCode", where, "项目表没有单位行（如“202001某某单位 | 单位：万元”）",
                    "单位编码留空，请补录");
        }
        AmountReader.Context context = tableUnit.or(documentUnit);
        Budget budget = new Budget(
                amounts.read(field + ".budget.total", "预算数", amountLabels[0], amountValues[0], context),
                amounts.read(field + ".budget.fiscal", "财政资金", amountLabels[1], amountValues[1], context),
                amounts.read(field + ".budget.other", "其他资金", amountLabels[2], amountValues[2], context));
        Project project = new Project(unit == null ? "" : unit.code(), projectCode, projectName, budget,
                joined(purpose, field + ".purpose"),
                SpendPlanReader.read(spendLabels, spendValues, field, report), joined(goal, field + ".goal"),
                IndicatorRowReader.toIndicators(indicators, field, report));
        return new ProjectDraft(project, unit, unitCells, unitCells);
    }

    private String joined(List<GridCell> cells, String target) {
        StringBuilder sb = new StringBuilder();
        for (GridCell cell : cells) {
            sb.append(sb.length() == 0 ? "" : "\n").append(cell.text());
            report.value(cell.location(), target);
        }
        return sb.toString();
    }

    private static String text(GridCell cell) {
        return cell == null || cell.isBlank() ? "" : cell.text();
    }
}
