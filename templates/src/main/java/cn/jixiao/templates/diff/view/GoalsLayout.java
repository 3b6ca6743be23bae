package cn.jixiao.templates.diff.view;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.templates.diff.DepartmentChange;
import cn.jixiao.templates.diff.GoalsChange;
import cn.jixiao.templates.diff.ItemizedGoalChange;
import cn.jixiao.templates.diff.ListChanges;
import cn.jixiao.templates.diff.ParagraphChange;
import cn.jixiao.templates.diff.TextChange;
import cn.jixiao.templates.diff.UnitChange;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Side-by-side tables of Part 1 (总体绩效目标, 分项绩效目标, 工作保障措施) and of the department itself.
 *
 * @param fromYear the old version's year, heading the old column
 * @param toYear   the new version's year
 */
record GoalsLayout(int fromYear, int toYear) {

    /** One table per part of Part 1 that changed. */
    List<ViewNode> goals(GoalsChange goals) {
        List<ViewNode> nodes = new ArrayList<>();
        addIfAny(nodes, "总体绩效目标变化", paragraphs(goals.overall()));
        List<SideRow> items = new ArrayList<>(SideRow.addedAndRemoved(goals.itemized(), item -> "分项目标", DiffText::itemizedGoal));
        for (ItemizedGoalChange c : goals.itemized().changed()) {
            String item = "第" + (c.toIndex() + 1) + "项";
            SideRow.addIfChanged(items, c.toIndex(), item + "标题", null, c.title());
            SideRow.addIfChanged(items, c.toIndex(), item + "绩效目标", null, c.goal());
            SideRow.addIfChanged(items, c.toIndex(), item + "绩效指标", null, c.indicator());
        }
        addIfAny(nodes, "分项绩效目标变化", items);
        addIfAny(nodes, "工作保障措施变化", paragraphs(goals.measures()));
        return nodes;
    }

    /** The department's code, name and units, or {@code null} when none of them changed. */
    ViewNode department(DepartmentChange department) {
        List<SideRow> rows = new ArrayList<>();
        if (!department.fromCode().equals(department.toCode())) {
            rows.add(SideRow.of(-2, "部门编码", null, TextChange.between(department.fromCode(), department.toCode())));
        }
        SideRow.addIfChanged(rows, -1, "部门名称", null, department.name());
        ListChanges<Unit, UnitChange> units = department.units();
        rows.addAll(SideRow.addedAndRemoved(units, unit -> "单位" + unit.code(), Unit::name));
        for (UnitChange c : units.changed()) {
            SideRow.addIfChanged(rows, c.toIndex(), "单位" + c.code() + "名称", null, c.name());
            if (c.moved()) {
                rows.add(new SideRow(c.toIndex(), "单位" + c.code(), "顺序调整",
                        Rich.plain("第" + (c.fromIndex() + 1) + "个单位"), Rich.plain("第" + (c.toIndex() + 1) + "个单位")));
            }
        }
        return rows.isEmpty() ? null : table("部门及单位变化", rows);
    }

    private static List<SideRow> paragraphs(ListChanges<String, ParagraphChange> changes) {
        List<SideRow> rows = new ArrayList<>(SideRow.addedAndRemoved(changes, paragraph -> "段落", text -> text));
        for (ParagraphChange c : changes.changed()) {
            rows.add(SideRow.of(c.toIndex(), "第" + (c.toIndex() + 1) + "段", null, c.text()));
        }
        return rows;
    }

    private void addIfAny(List<ViewNode> nodes, String caption, List<SideRow> rows) {
        if (!rows.isEmpty()) {
            nodes.add(table(caption, rows));
        }
    }

    private ViewNode table(String caption, List<SideRow> rows) {
        GridBuilder grid = DiffGrids.sideBySide(caption, fromYear, toYear);
        SideRow.addTo(grid, rows);
        return grid.build();
    }
}
