package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.text.WordText;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one project goal table (项目绩效目标表). Rows are recognised by their label cells; a row whose first
 * cell is blank continues the labelled row above it, because the export leaves merged cells empty.
 */
final class ProjectTableReader {

    /** A unit and the project it owns. */
    record Result(Unit unit, Project project) {}

    private enum Section { NONE, BUDGET, SPEND, GOAL }

    private enum Pair { CODE, NAME, TOTAL, FISCAL, OTHER }

    private static final Map<String, Pair> PAIR_LABELS = Map.of(
            "项目编码", Pair.CODE,
            "项目名称", Pair.NAME,
            "预算数", Pair.TOTAL,
            "其中:财政资金", Pair.FISCAL,
            "财政资金", Pair.FISCAL,
            "其中:财政拨款", Pair.FISCAL,
            "其他资金", Pair.OTHER,
            "其中:其他资金", Pair.OTHER);

    private static final Pattern UNIT_CELL = Pattern.compile("^(\\d+)\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern UNIT_LABEL = Pattern.compile("^单位:.*");

    private final int index;
    private Unit unit;
    private String code;
    private String name;
    private String total;
    private String fiscal;
    private String other;
    private String purpose;
    private List<String> spendLabels;
    private List<String> spendPercents;
    private String goal;
    private Block.Row indicatorHeader;
    private final List<Block.Row> indicatorRows = new ArrayList<>();

    private ProjectTableReader(int index) {
        this.index = index;
    }

    /** True for the row "202001单位名称 | 单位：万元". */
    static boolean isUnitRow(Block.Row row) {
        return row.cells().stream().anyMatch(c -> UNIT_LABEL.matcher(Texts.normalizeLabel(c)).matches());
    }

    /** Reads the {@code index}-th (1-based) project of the document. */
    static Result read(ProjectSegment segment, int index) {
        ProjectTableReader reader = new ProjectTableReader(index);
        reader.readRows(segment.rows());
        return reader.build(segment);
    }

    private void readRows(List<Block.Row> rows) {
        Section section = Section.NONE;
        for (Block.Row row : rows) {
            if (indicatorHeader != null) {
                indicatorRows.add(row);
                continue;
            }
            String first = Texts.normalizeLabel(row.cell(0));
            if (IndicatorTableReader.isHeader(row)) {
                indicatorHeader = row;
            } else if (unit == null && isUnitRow(row)) {
                unit = parseUnit(row);
                section = Section.NONE;
            } else if (!first.isEmpty()) {
                section = sectionOf(first);
                boolean pairs = readPairs(row);
                if (section == Section.SPEND) {
                    spendLabels = row.cells().subList(1, row.size());
                } else if (section == Section.GOAL) {
                    goal = joinValues(row);
                } else if (section == Section.NONE && !pairs && unit == null
                        && UNIT_CELL.matcher(WordText.strip(row.cell(0))).matches()) {
                    unit = parseUnit(row); // unit row without the "单位：万元" cell
                }
            } else {
                readContinuation(section, row);
            }
        }
    }

    private void readContinuation(Section section, Block.Row row) {
        if (readPairs(row)) {
            return;
        }
        switch (section) {
            case BUDGET -> purpose = append(purpose, joinValues(row));
            case SPEND -> {
                if (spendPercents == null) {
                    spendPercents = row.cells().subList(1, row.size());
                }
            }
            case GOAL -> goal = append(goal, joinValues(row));
            case NONE -> { } // a stray blank row
        }
    }

    private static Section sectionOf(String label) {
        if (label.startsWith("预算规模") || label.equals("资金用途")) {
            return Section.BUDGET;
        }
        if (label.startsWith("资金支出计划")) {
            return Section.SPEND;
        }
        if (label.equals("绩效目标") || label.equals("年度绩效目标")) {
            return Section.GOAL;
        }
        return Section.NONE;
    }

    /** Reads "label | value" pairs anywhere in the row; returns whether any label was found. */
    private boolean readPairs(Block.Row row) {
        boolean any = false;
        for (int i = 0; i < row.size(); i++) {
            Pair pair = PAIR_LABELS.get(Texts.normalizeLabel(row.cell(i)));
            if (pair == null) {
                continue;
            }
            any = true;
            String value = row.cell(i + 1);
            switch (pair) {
                case CODE -> code = value;
                case NAME -> name = value;
                case TOTAL -> total = value;
                case FISCAL -> fiscal = value;
                case OTHER -> other = value;
            }
            i++; // the value cell is never a label
        }
        return any;
    }

    private Unit parseUnit(Block.Row row) {
        String cell = row.cells().stream()
                .filter(c -> !c.isEmpty() && !UNIT_LABEL.matcher(Texts.normalizeLabel(c)).matches())
                .findFirst()
                .orElseThrow(() -> error("单位行没有单位编码和名称"));
        Matcher m = UNIT_CELL.matcher(WordText.strip(cell));
        if (!m.matches()) {
            throw error("单位“" + WordText.strip(cell) + "”没有以单位编码开头");
        }
        return new Unit(m.group(1), WordText.strip(m.group(2)));
    }

    private Result build(ProjectSegment segment) {
        if (code == null) {
            throw error("缺少项目编码行");
        }
        if (code.isEmpty()) {
            throw error("项目编码为空");
        }
        if (unit == null) {
            throw error("缺少单位行");
        }
        String projectName = name != null && !name.isEmpty() ? name : segment.headingName();
        if (projectName == null) {
            throw error("缺少项目名称");
        }
        Budget budget = new Budget(amount("预算数", total), amount("财政资金", fiscal), amount("其他资金", other));
        List<Indicator> indicators = indicatorHeader == null
                ? List.of()
                : IndicatorTableReader.read(indicatorHeader, indicatorRows, this::error);
        Project project = new Project(unit.code(), code, projectName, budget, purpose == null ? "" : purpose,
                spendPlan(), goal == null ? "" : goal, indicators);
        return new Result(unit, project);
    }

    private BigDecimal amount(String label, String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        BigDecimal value = Texts.parseDecimal(cell);
        if (value == null) {
            throw error(label + "“" + WordText.strip(cell) + "”不是数字");
        }
        return value;
    }

    private List<SpendCheckpoint> spendPlan() {
        List<String> labels = spendLabels == null ? List.of() : spendLabels;
        List<String> percents = spendPercents == null ? List.of() : spendPercents;
        List<SpendCheckpoint> plan = new ArrayList<>();
        for (int i = 0; i < Math.max(labels.size(), percents.size()); i++) {
            String label = i < labels.size() ? labels.get(i) : "";
            String percent = i < percents.size() ? percents.get(i) : "";
            if (label.isEmpty() && percent.isEmpty()) {
                continue; // trailing empty columns of a wider table
            }
            plan.add(new SpendCheckpoint(label, percent(percent)));
        }
        return plan;
    }

    private BigDecimal percent(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        String s = WordText.strip(cell);
        String number = s.endsWith("%") || s.endsWith("％") ? s.substring(0, s.length() - 1) : s;
        BigDecimal value = Texts.parseDecimal(number);
        if (value == null) {
            throw error("资金支出计划“" + s + "”不是百分比");
        }
        return value;
    }

    /** Non-blank cells after the label cell, as written, one per line. */
    private static String joinValues(Block.Row row) {
        StringBuilder sb = new StringBuilder();
        for (String cell : row.cells().subList(Math.min(1, row.size()), row.size())) {
            if (!cell.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(cell);
            }
        }
        return sb.toString();
    }

    private static String append(String existing, String more) {
        if (existing == null || existing.isEmpty()) {
            return more;
        }
        return more.isEmpty() ? existing : existing + "\n" + more;
    }

    private DisclosureFormatException error(String detail) {
        return new DisclosureFormatException("第" + index + "个项目表：" + detail);
    }
}
