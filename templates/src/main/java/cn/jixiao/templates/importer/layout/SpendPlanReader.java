package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The spending plan (资金支出计划): checkpoint labels in the labelled row, cumulative percentages in the row
 * below, matched by grid column so a last column spanning three still lines up.
 */
final class SpendPlanReader {

    private final String field;
    private final ReportBuilder report;
    private final List<SpendCheckpoint> plan = new ArrayList<>();

    private SpendPlanReader(String field, ReportBuilder report) {
        this.field = field;
        this.report = report;
    }

    /**
     * @param labels cells after the row label ({@code null} without a plan)
     * @param values the row below ({@code null} if missing)
     * @param projectField e.g. "projects[0]"
     */
    static List<SpendCheckpoint> read(List<GridCell> labels, GridRow values, String projectField, ReportBuilder report) {
        SpendPlanReader reader = new SpendPlanReader(projectField, report);
        List<GridCell> labelCells = labels == null ? List.of() : labels;
        List<GridCell> valueCells = values == null ? List.of() : values.cells();
        List<GridCell> used = new ArrayList<>();
        for (GridCell label : labelCells) {
            GridCell value = valueCells.stream().filter(v -> v.column() > 0 && v.overlaps(label)).findFirst().orElse(null);
            if (value != null) {
                used.add(value);
            }
            if (label.isBlank() && (value == null || value.isBlank())) {
                continue; // trailing empty columns of a wider table
            }
            reader.checkpoint(label, value);
        }
        for (GridCell value : valueCells) {
            if (value.column() > 0 && !value.isBlank() && !used.contains(value)) {
                report.finding(FindingKind.VALUE_MISSING, projectField + ".spendPlan[" + reader.plan.size() + "].label",
                        value.location(), "资金支出计划“" + value.text().strip() + "”上方没有时间点", "时间点留空");
                reader.checkpoint(null, value);
            }
        }
        return reader.plan;
    }

    private void checkpoint(GridCell label, GridCell value) {
        String target = field + ".spendPlan[" + plan.size() + "]";
        if (label != null) {
            report.value(label.location(), target + ".label");
        }
        BigDecimal percent = null;
        if (value != null && !value.isBlank()) {
            percent = Numbers.percent(value.text());
            if (percent == null) {
                report.finding(FindingKind.VALUE_NOT_PARSED, target + ".cumulativePercent", value.location(),
                        "资金支出计划“" + value.text().strip() + "”不是百分比", "该时间点的累计比例留空");
                report.notMapped(value.location(), "不是百分比");
            } else {
                report.value(value.location(), target + ".cumulativePercent");
            }
        }
        plan.add(new SpendCheckpoint(label == null || label.isBlank() ? "" : label.text(), percent));
    }
}
