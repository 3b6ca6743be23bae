package cn.jixiao.templates.diff.view;

import static cn.jixiao.templates.diff.view.GridBuilder.label;
import static cn.jixiao.templates.diff.view.GridBuilder.number;

import java.util.List;

import cn.jixiao.templates.diff.BudgetDelta;
import cn.jixiao.templates.diff.DiffSummary;
import cn.jixiao.templates.diff.MoneyDelta;
import cn.jixiao.templates.diff.ValueChangeKind;
import cn.jixiao.templates.diff.view.ViewNode.Grid;

/** Tables that several diff views share: the counts, the money, the side-by-side texts. */
final class DiffGrids {

    private DiffGrids() {}

    /** One count of the summary. */
    private record Count(String label, int value) {}

    /** The counts of a diff in two column pairs: projects on the left, indicators and Part 1 on the right. */
    static Grid counts(String caption, DiffSummary s) {
        List<Count> left = List.of(new Count("新增项目", s.projectsAdded()), new Count("删除项目", s.projectsRemoved()),
                new Count("调整项目", s.projectsChanged()), new Count("其中：项目更名", s.projectsRenamed()),
                new Count("其中：调整所属单位", s.projectsMovedUnit()), new Count("其中：资金变化", s.projectsMoneyChanged()),
                new Count("单位变化", s.unitChanges()));
        List<Count> right = List.of(new Count("新增绩效指标", s.indicatorsAdded()),
                new Count("删除绩效指标", s.indicatorsRemoved()), new Count("修改绩效指标", s.indicatorsChanged()),
                new Count(ValueChangeKind.TIGHTENED.label(), s.targetsTightened()),
                new Count(ValueChangeKind.LOOSENED.label(), s.targetsLoosened()),
                new Count("资金与目标反向变化", s.conflicts()), new Count("部门整体绩效目标变化", s.goalChanges()));
        GridBuilder grid = new GridBuilder(caption, "jx-counts", 3, 1, 3, 1).header("事项", "数量", "事项", "数量");
        for (int i = 0; i < left.size(); i++) {
            grid.row(label(left.get(i).label()), number(String.valueOf(left.get(i).value())),
                    label(right.get(i).label()), number(String.valueOf(right.get(i).value())));
        }
        return grid.build();
    }

    /** 预算数, 财政资金 and 其他资金 in both years with their changes in 万元 and percent. */
    static Grid money(String caption, BudgetDelta budget, int fromYear, int toYear) {
        GridBuilder grid = new GridBuilder(caption, "jx-money", 3, 2, 2, 2, 2)
                .header("资金", DiffText.year(fromYear), DiffText.year(toYear), "增减额（万元）", "增减率");
        moneyRow(grid, "预算数", budget.total());
        moneyRow(grid, "其中：财政资金", budget.fiscal());
        moneyRow(grid, "其他资金", budget.other());
        return grid.build();
    }

    private static void moneyRow(GridBuilder grid, String label, MoneyDelta money) {
        grid.row(label(label), number(DiffText.amount(money.from())), number(DiffText.amount(money.to())),
                number(DiffText.delta(money)), number(DiffText.percent(money)));
    }

    /** An empty side-by-side table: what changed, last year's text, this year's text. */
    static GridBuilder sideBySide(String caption, int fromYear, int toYear) {
        return new GridBuilder(caption, "jx-sides", 2, 4, 4)
                .header("内容", DiffText.year(fromYear), DiffText.year(toYear));
    }
}
