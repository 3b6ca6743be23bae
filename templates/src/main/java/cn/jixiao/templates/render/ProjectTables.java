package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.render.TableModel.Cell;
import cn.jixiao.templates.render.TableModel.Role;
import cn.jixiao.templates.render.TableModel.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The two tables of a project as the seed lays them out: the goal table (unit, code and name, budget and
 * purpose, spending plan, goal) and the indicator table with 一级/二级指标 merged over their rows.
 */
public final class ProjectTables {

    /** Text width of A4 portrait with the GB/T 9704 margins (210 - 28 - 26 mm), in twips. */
    public static final int TEXT_WIDTH = 8844;

    private static final int LABEL_WIDTH = 1560;
    private static final List<Integer> INDICATOR_WIDTHS = List.of(1250, 1450, 1400, 1994, 1350, 1400);
    // the budget row has six cells: 预算数 | amount | 财政资金 | amount | 其他资金 | amount
    private static final int BUDGET_CELLS = 6;

    private ProjectTables() {
    }

    public static TableModel goalTable(Project project, Unit unit, String caption) {
        List<SpendCheckpoint> plan = project.spendPlan();
        int checkpoints = Math.max(1, plan.size());
        // the value area is split so that both the six budget cells and the checkpoints get equal shares
        int grid = lcm(BUDGET_CELLS, checkpoints);
        int sixth = grid / BUDGET_CELLS;
        List<Integer> widths = new ArrayList<>();
        widths.add(LABEL_WIDTH);
        widths.addAll(split(TEXT_WIDTH - LABEL_WIDTH, grid));

        List<Row> rows = new ArrayList<>();
        rows.add(row(
                new Cell(unit.code() + unit.name(), 1 + 4 * sixth, 1, Role.TEXT),
                new Cell(Labels.MONEY_UNIT, 2 * sixth, 1, Role.NOTE)));
        rows.add(row(
                Cell.of(Labels.PROJECT_CODE, Role.ROW_LABEL),
                new Cell(project.code(), 3 * sixth, 1, Role.TEXT), // 21-character codes stay on one line
                new Cell(Labels.PROJECT_NAME, sixth, 1, Role.ROW_LABEL),
                new Cell(project.name(), 2 * sixth, 1, Role.TEXT)));
        Budget budget = project.budget();
        rows.add(row(
                new Cell(Labels.BUDGET, 1, 2, Role.ROW_LABEL),
                new Cell(Labels.BUDGET_TOTAL, sixth, 1, Role.ROW_LABEL),
                new Cell(Amounts.money(budget.total()), sixth, 1, Role.NUMBER),
                new Cell(Labels.BUDGET_FISCAL, sixth, 1, Role.ROW_LABEL),
                new Cell(Amounts.money(budget.fiscal()), sixth, 1, Role.NUMBER),
                new Cell(Labels.BUDGET_OTHER, sixth, 1, Role.ROW_LABEL),
                new Cell(Amounts.money(budget.other()), sixth, 1, Role.NUMBER)));
        rows.add(row(new Cell(project.purpose(), grid, 1, Role.TEXT)));
        if (plan.isEmpty()) {
            rows.add(row(Cell.of(Labels.SPEND_PLAN, Role.ROW_LABEL), new Cell("", grid, 1, Role.TEXT)));
        } else {
            int share = grid / plan.size();
            List<Cell> labels = new ArrayList<>();
            List<Cell> percents = new ArrayList<>();
            labels.add(new Cell(Labels.SPEND_PLAN, 1, 2, Role.ROW_LABEL));
            for (SpendCheckpoint checkpoint : plan) {
                labels.add(new Cell(checkpoint.label(), share, 1, Role.COLUMN_HEADER));
                percents.add(new Cell(Amounts.percent(checkpoint.cumulativePercent()), share, 1, Role.NUMBER));
            }
            rows.add(new Row(labels, false));
            rows.add(new Row(percents, false));
        }
        rows.add(row(Cell.of(Labels.GOAL, Role.ROW_LABEL), new Cell(project.goal(), grid, 1, Role.TEXT)));
        return new TableModel(caption, widths, rows);
    }

    public static TableModel indicatorTable(Project project, String caption) {
        List<Row> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (String label : Labels.INDICATOR_HEADER) {
            header.add(Cell.of(label, Role.COLUMN_HEADER));
        }
        rows.add(new Row(header, true));

        List<Indicator> indicators = project.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            List<Cell> cells = new ArrayList<>();
            if (i == 0 || !indicators.get(i - 1).level1().equals(indicator.level1())) {
                cells.add(new Cell(indicator.level1(), 1, runLength(indicators, i, false), Role.ROW_LABEL));
            }
            if (i == 0 || !sameLevels(indicators.get(i - 1), indicator)) {
                cells.add(new Cell(indicator.level2(), 1, runLength(indicators, i, true), Role.ROW_LABEL));
            }
            cells.add(Cell.of(indicator.level3(), Role.TEXT));
            cells.add(Cell.of(indicator.description(), Role.TEXT));
            cells.add(Cell.of(indicator.value().text(), Role.NUMBER));
            cells.add(Cell.of(indicator.basis(), Role.TEXT));
            rows.add(new Row(cells, false));
        }
        return new TableModel(caption, INDICATOR_WIDTHS, rows);
    }

    /** Rows from {@code start} that share its 一级指标 (and 二级指标 when {@code level2}). */
    private static int runLength(List<Indicator> indicators, int start, boolean level2) {
        Indicator first = indicators.get(start);
        int end = start + 1;
        while (end < indicators.size()
                && (level2 ? sameLevels(first, indicators.get(end)) : first.level1().equals(indicators.get(end).level1()))) {
            end++;
        }
        return end - start;
    }

    private static boolean sameLevels(Indicator a, Indicator b) {
        return a.level1().equals(b.level1()) && a.level2().equals(b.level2());
    }

    private static Row row(Cell... cells) {
        return new Row(List.of(cells), false);
    }

    /** {@code total} split into {@code parts} near-equal integer widths. */
    private static List<Integer> split(int total, int parts) {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            widths.add(total * (i + 1) / parts - total * i / parts);
        }
        return widths;
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}
