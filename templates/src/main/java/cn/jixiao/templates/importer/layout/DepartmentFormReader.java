package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.text.WordText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a department-level goal form (部门整体绩效目标表): 部门名称/部门编码, 总体目标 and 年度绩效目标 text, and
 * indicator rows. The model's Part 1 has overall goals and itemized goals (title, goal, indicator), so: both goal
 * texts become overall paragraphs (one per line), and each indicator row an itemized goal titled by its 三级指标,
 * with 绩效指标描述 as goal and 指标值 as indicator. 一级/二级指标, 确定依据 and the department budget have no
 * field and are listed as not mapped.
 */
final class DepartmentFormReader {

    /** Goals read from one form. */
    record Goals(List<String> overall, List<ItemizedGoal> itemized) {}

    private static final Set<String> OVERALL_LABELS = Set.of("总体目标", "总体绩效目标", "部门总体目标", "整体绩效目标",
            "部门整体绩效目标", "中长期目标", "年度绩效目标", "年度目标", "年度总体目标", "部门年度绩效目标");
    private static final Set<String> NAME_LABELS = Set.of("部门名称", "主管部门", "部门(单位)名称", "单位名称");
    private static final Set<String> CODE_LABELS = Set.of("部门编码", "部门(单位)编码", "单位编码");
    private static final Set<String> BUDGET_LABELS = Set.of("年度预算", "部门预算", "资金总额", "年度资金总额", "预算金额",
            "财政拨款", "其中:财政拨款", "财政资金", "其中:财政资金", "其他资金", "其中:其他资金", "年度预算情况",
            "部门年度预算", "预算情况");

    private final ReportBuilder report;
    private final DepartmentClues clues;
    private final int overallOffset;
    private final int itemizedOffset;
    private final List<String> overall = new ArrayList<>();
    private final List<ItemizedGoal> itemized = new ArrayList<>();
    private boolean inGoal;
    private boolean budgetReported;
    private boolean levelsReported;
    private IndicatorRowReader indicators;

    private DepartmentFormReader(ReportBuilder report, DepartmentClues clues, int overallOffset, int itemizedOffset) {
        this.report = report;
        this.clues = clues;
        this.overallOffset = overallOffset;
        this.itemizedOffset = itemizedOffset;
    }

    /** True if the table looks like a department form: a 总体目标/年度绩效目标 row or a 部门名称 label. */
    static boolean isForm(GridTable table) {
        for (GridRow row : table.rows()) {
            List<GridCell> filled = row.filled();
            if (filled.isEmpty()) {
                continue;
            }
            if (OVERALL_LABELS.contains(Labels.base(filled.get(0).text()))) {
                return true;
            }
            for (GridCell cell : filled) {
                String label = Labels.base(cell.text());
                if (NAME_LABELS.contains(label) && !label.equals("单位名称")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param overallOffset  overall paragraphs already read (Part 1 paragraphs before the form)
     * @param itemizedOffset itemized goals already read
     */
    static Goals read(GridTable table, ReportBuilder report, DepartmentClues clues, int overallOffset, int itemizedOffset) {
        DepartmentFormReader reader = new DepartmentFormReader(report, clues, overallOffset, itemizedOffset);
        for (GridRow row : table.rows()) {
            reader.row(row);
        }
        return new Goals(reader.overall, reader.itemized);
    }

    private void row(GridRow row) {
        if (row.isBlank()) {
            return;
        }
        if (indicators != null) {
            IndicatorRowReader.IndicatorRow indicator = indicators.read(row);
            if (indicator != null) {
                itemizedGoal(indicator);
            }
            return;
        }
        if (HeaderRow.isIndicatorHeader(row)) {
            indicators = new IndicatorRowReader(HeaderRow.of(row), "部门整体绩效指标表", "goals.itemized", report);
            indicators.reportHeader();
            return;
        }
        GridCell first = row.cell(0);
        if (first == null || first.isBlank()) {
            if (inGoal) {
                goalCells(row, 0);
            } else {
                notMapped(row, "无法归属到部门整体绩效目标表的任何栏目，未导入");
            }
            return;
        }
        String label = Labels.base(first.text());
        inGoal = OVERALL_LABELS.contains(label);
        if (inGoal) {
            report.label(first.location(), "部门整体目标栏目：" + first.text().strip());
            goalCells(row, 1);
        } else if (!pairs(row) && !budget(row)) {
            if (row.filled().size() == 1 && Labels.normalize(first.text()).contains("绩效目标")) {
                report.label(first.location(), "表格标题");
            } else {
                report.finding(FindingKind.HEADER_NOT_RECOGNIZED, first.location(),
                        "部门整体绩效目标表中的栏目“" + first.text().strip() + "”无法识别", "该行未导入，列在未导入清单中");
                notMapped(row, "未识别的栏目，未导入");
            }
        }
    }

    /** Each non-blank line of the cells from {@code from} on is one overall paragraph. */
    private void goalCells(GridRow row, int from) {
        for (int i = from; i < row.size(); i++) {
            GridCell cell = row.cell(i);
            if (cell.isBlank()) {
                continue;
            }
            for (String line : cell.text().split("\n")) {
                if (!WordText.isBlank(line)) {
                    report.value(cell.location(), "goals.overall[" + (overallOffset + overall.size()) + "]");
                    overall.add(line);
                }
            }
        }
    }

    /** 部门名称 / 部门编码 pairs anywhere in the row. */
    private boolean pairs(GridRow row) {
        boolean any = false;
        for (int i = 0; i < row.size(); i++) {
            GridCell label = row.cell(i);
            String text = Labels.base(label.text());
            boolean name = NAME_LABELS.contains(text);
            boolean code = CODE_LABELS.contains(text);
            if (!name && !code) {
                continue;
            }
            any = true;
            report.label(label.location(), "部门整体绩效目标表标签：" + label.text().strip());
            GridCell value = row.cell(i + 1);
            if (value != null && !value.isBlank()) {
                if (name) {
                    clues.name(value);
                } else {
                    clues.code(value);
                }
            }
            i++;
        }
        return any;
    }

    /** The department's budget rows: the model has no place for them. */
    private boolean budget(GridRow row) {
        boolean any = row.filled().stream().anyMatch(c -> BUDGET_LABELS.contains(Labels.base(c.text())));
        if (!any) {
            return false;
        }
        for (GridCell cell : row.filled()) {
            if (BUDGET_LABELS.contains(Labels.base(cell.text()))) {
                report.label(cell.location(), "部门预算标签");
            } else {
                report.notMapped(cell.location(), "部门整体预算在数据模型中没有字段，未导入");
            }
        }
        if (!budgetReported) {
            budgetReported = true;
            report.finding(FindingKind.NOT_MODELLED, row.filled().get(0).location(),
                    "部门整体绩效目标表中有部门预算金额", "数据模型只有项目预算，部门预算未导入，见未导入清单");
        }
        return true;
    }

    private void itemizedGoal(IndicatorRowReader.IndicatorRow row) {
        String target = "goals.itemized[" + (itemizedOffset + itemized.size()) + "]";
        row.level3().record(report, target + ".title");
        row.description().record(report, target + ".goal");
        row.value().record(report, target + ".indicator");
        for (Sourced unused : List.of(row.level1(), row.level2(), row.basis())) {
            for (GridCell cell : unused.cells()) {
                if (!levelsReported) {
                    levelsReported = true;
                    report.finding(FindingKind.NOT_MODELLED, cell.location(),
                            "部门整体绩效指标有一级、二级指标和确定依据",
                            "每行指标导入为一个分项目标（标题=三级指标，目标=指标描述，指标=指标值），一级、二级指标和确定依据未导入");
                }
                report.notMapped(cell.location(), "部门整体绩效指标的一级、二级指标和确定依据在数据模型中没有字段，未导入");
            }
        }
        itemized.add(new ItemizedGoal(row.level3().text(), row.description().text(), row.value().text()));
    }

    private void notMapped(GridRow row, String reason) {
        for (GridCell cell : row.filled()) {
            report.notMapped(cell.location(), reason);
        }
    }
}
