package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Comparator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.text.WordText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The written indicator value (指标值). Tables that write it in one cell keep that cell's text exactly; the flat
 * export splits it over comparator (指标性质/计算符号), value, unit (度量单位) and direction (指标方向性)
 * columns, which are put back together as "≥90%" with the comparator's canonical symbol.
 */
final class ValueComposer {

    private static final int MAX_GUESSED_PERCENT = 100;

    private final ReportBuilder report;

    ValueComposer(ReportBuilder report) {
        this.report = report;
    }

    /** The parts of one value as found in a row; any may be {@code null} (no such column). */
    record Parts(GridCell comparator, GridCell value, GridCell unit, GridCell direction, String indicatorName) {}

    Sourced compose(Parts parts) {
        GridCell valueCell = parts.value;
        String written = valueCell == null ? "" : valueCell.text();
        Sourced result;
        if (parts.comparator == null && parts.unit == null && parts.direction == null) {
            result = valueCell == null ? Sourced.EMPTY : Sourced.of(valueCell);
        } else {
            result = composed(parts, WordText.strip(written));
        }
        checkParses(result, valueCell);
        return result;
    }

    private Sourced composed(Parts parts, String value) {
        List<GridCell> cells = new ArrayList<>();
        if (parts.value != null && !parts.value.isBlank()) {
            cells.add(parts.value);
        }
        if (value.isEmpty()) {
            return new Sourced("", cells);
        }
        String comparatorText = text(parts.comparator);
        boolean qualitative = Labels.normalize(comparatorText).equals("定性");
        String symbol = "";
        if (qualitative) {
            cells.add(parts.comparator);
        } else if (!comparatorText.isEmpty() && !Labels.normalize(comparatorText).equals("定量")) {
            Comparator comparator = comparatorOf(comparatorText);
            if (comparator == null) {
                report.finding(FindingKind.VALUE_NOT_PARSED, parts.comparator.location(),
                        "指标性质“" + comparatorText + "”不是比较符号", "指标值按“" + value + "”保存，未加比较符号");
                report.notMapped(parts.comparator.location(), "无法识别的比较符号");
            } else {
                symbol = comparator.symbol();
                cells.add(parts.comparator);
            }
        } else {
            symbol = fromDirection(parts, value);
            if (!symbol.isEmpty()) {
                cells.add(parts.direction);
            }
        }
        if (startsWithComparator(value)) {
            if (!symbol.isEmpty() && !value.startsWith(symbol)) {
                report.finding(FindingKind.CONFLICTING_VALUES, parts.value.location(),
                        "指标值“" + value + "”自带比较符号，与指标性质“" + symbol + "”不一致", "采用指标值自带的符号");
            }
            symbol = "";
        }
        String unitText = text(parts.unit);
        String unit = "";
        if (!unitText.isEmpty()) {
            if (!value.endsWith(unitText)) {
                unit = unitText;
            }
            cells.add(parts.unit);
        } else if (parts.unit != null && !qualitative) {
            unit = guessedUnit(parts, value);
        }
        if (parts.direction != null && !parts.direction.isBlank() && !cells.contains(parts.direction)) {
            report.notMapped(parts.direction.location(), "指标方向性在数据模型中没有字段（比较符号已由指标性质给出）");
        }
        return new Sourced(symbol + value + unit, cells);
    }

    /** ≥ for a positive (正向) indicator, ≤ for a negative (反向) one, when no comparator is written. */
    private String fromDirection(Parts parts, String value) {
        String direction = Labels.normalize(text(parts.direction));
        if (Numbers.parse(value) == null || direction.isEmpty()) {
            return "";
        }
        Comparator comparator = direction.startsWith("正向") ? Comparator.GE
                : direction.startsWith("反向") ? Comparator.LE : null;
        if (comparator == null) {
            return "";
        }
        report.finding(FindingKind.VALUE_COMPOSED, parts.direction.location(),
                "未填写比较符号，指标方向性为“" + text(parts.direction) + "”", "比较符号取“" + comparator.symbol() + "”");
        return comparator.symbol();
    }

    /** "%" for a bare number up to 100 on a rate or satisfaction indicator, reported as a guess. */
    private String guessedUnit(Parts parts, String value) {
        BigDecimal number = Numbers.parse(value);
        String name = parts.indicatorName == null ? "" : parts.indicatorName;
        boolean rate = name.contains("率") || name.contains("满意度");
        if (number == null || !rate || number.signum() < 0 || number.compareTo(BigDecimal.valueOf(MAX_GUESSED_PERCENT)) > 0) {
            return "";
        }
        report.finding(FindingKind.UNIT_GUESSED, parts.value.location(),
                "指标“" + name + "”的度量单位为空", "按百分比理解，单位记为“%”");
        return "%";
    }

    /** A value that starts like a quantity but does not parse is kept as text, and reported. */
    private void checkParses(Sourced value, GridCell where) {
        String text = WordText.strip(value.text());
        if (text.isEmpty() || where == null) {
            return;
        }
        IndicatorValue parsed = IndicatorValue.parse(value.text());
        if (parsed.kind() == IndicatorValue.Kind.QUALITATIVE && startsWithComparator(text)) {
            report.finding(FindingKind.VALUE_NOT_PARSED, where.location(),
                    "指标值“" + text + "”以比较符号开头，但不是“符号+数值+单位”的形式", "按文字（定性）保存原文");
        }
    }

    private static boolean startsWithComparator(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return "≥≤><=＞＜＝≧≦".indexOf(value.charAt(0)) >= 0;
    }

    /** The comparator a cell such as "≥", ">=", "＞＝" or "大于等于" names, or {@code null}. */
    static Comparator comparatorOf(String text) {
        String s = WordText.strip(text);
        if (s.isEmpty() || s.equals("+") || s.equals("-") || Character.isDigit(s.charAt(s.length() - 1))) {
            return null;
        }
        // reuse the value grammar: "≥" + "0" parses as (GE, 0) exactly when "≥" is a comparator spelling
        IndicatorValue probe = IndicatorValue.parse(s + "0");
        boolean bare = probe.kind() == IndicatorValue.Kind.QUANTITATIVE && probe.unit() == null
                && probe.number().signum() == 0;
        return bare ? probe.comparator() : null;
    }

    private static String text(GridCell cell) {
        return cell == null ? "" : WordText.strip(cell.text());
    }
}
