package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceLocation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads budget amounts into 万元. The unit comes from the amount's own label ("预算数（元）"), else the table's
 * "单位：元" cell, else a "单位：…" paragraph before the table; with none of these it is assumed to be 万元 (the
 * unit every template prints) and reported as a guess, once per project.
 */
final class AmountReader {

    /** The unit stated for a table or the document, and where; {@code unit} is null when none is stated. */
    record Context(AmountUnit unit, SourceLocation statedAt) {
        static final Context NONE = new Context(null, null);

        Context or(Context fallback) {
            return unit != null ? this : fallback;
        }
    }

    /** Decimals of 万元 amounts in the platform's form template. */
    private static final int FORM_DECIMALS = 2;

    private final ReportBuilder report;
    private boolean guessReported;

    AmountReader(ReportBuilder report) {
        this.report = report;
    }

    /**
     * The amount in 万元, or {@code null} for a blank or unreadable cell (reported).
     *
     * @param field   draft field, e.g. "projects[0].budget.total"
     * @param name    Chinese name for messages, e.g. "预算数"
     * @param label   the label or header cell (its "(元)" wins), may be null
     * @param value   the value cell, may be null
     * @param context unit stated for the table or document
     */
    BigDecimal read(String field, String name, GridCell label, GridCell value, Context context) {
        if (value == null || value.isBlank()) {
            return null;
        }
        AmountUnit.Written written = AmountUnit.written(value.text());
        BigDecimal number = Numbers.parse(written == null ? value.text() : written.number());
        if (number == null) {
            report.finding(FindingKind.VALUE_NOT_PARSED, field, value.location(),
                    name + "“" + value.text().strip() + "”不是数字", "该金额留空，请核对后补录");
            report.notMapped(value.location(), name + "不是数字");
            return null;
        }
        AmountUnit unit = written != null ? written.unit() // the unit in the cell itself wins
                : label == null ? null : AmountUnit.named(Labels.parenthesis(label.text()));
        if (unit == null) {
            unit = context.unit();
        }
        if (unit == null) {
            unit = AmountUnit.WAN_YUAN;
            if (!guessReported) {
                guessReported = true;
                report.finding(FindingKind.UNIT_GUESSED, value.location(),
                        "金额没有注明单位（表中没有“单位：万元”，列标题也没有写单位）", "按万元导入");
            }
        }
        BigDecimal wan = unit.toWan(number);
        if (unit != AmountUnit.WAN_YUAN) {
            // the form keeps 万元 to two decimals (docs/rules.md budget.amount): a finer converted amount is rounded, and said so
            BigDecimal kept = wan.scale() > FORM_DECIMALS ? wan.setScale(FORM_DECIMALS, RoundingMode.HALF_UP) : wan;
            report.finding(FindingKind.AMOUNT_CONVERTED, field, value.location(),
                    name + "写作" + value.text().strip() + (written == null ? unit.label() : ""),
                    kept == wan ? "换算为" + wan.toPlainString() + "万元（精确换算，未舍入）"
                            : "换算为" + wan.toPlainString() + "万元，按表单保留两位小数四舍五入为" + kept.toPlainString() + "万元，请核对");
            wan = kept;
        }
        report.value(value.location(), field);
        return wan;
    }
}
