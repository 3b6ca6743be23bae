package cn.jixiao.templates.diff.view;

import static cn.jixiao.templates.diff.view.GridBuilder.number;
import static cn.jixiao.templates.diff.view.GridBuilder.text;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.templates.diff.Added;
import cn.jixiao.templates.diff.IndicatorChange;
import cn.jixiao.templates.diff.MatchReason;
import cn.jixiao.templates.diff.ProjectChange;
import cn.jixiao.templates.diff.ProjectMatch;
import cn.jixiao.templates.diff.TextChange;
import cn.jixiao.templates.diff.ValueChange;
import cn.jixiao.templates.diff.ValueChangeKind;
import cn.jixiao.templates.diff.view.ViewNode.ParaKind;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.render.ProjectTables;

/**
 * The parts of a diff view about projects: lists of added and removed ones, and each changed one.
 *
 * @param fromYear the old version's year, heading the old column
 * @param toYear   the new version's year
 * @param units    names of the units the projects belong to
 */
record ProjectLayout(int fromYear, int toYear, UnitNames units) {

    /** Anchor of the project at {@code index} (0-based) of the new version. */
    static String anchor(int toIndex) {
        return "jx-p" + (toIndex + 1);
    }

    /** Heading of a project, numbered as in the new version's Part 2: "2.督查专项检查经费". */
    static String heading(int toIndex, String name) {
        return (toIndex + 1) + "." + name;
    }

    /** One line per project: code, name, unit, 预算数 and 财政资金 (其他资金 is their difference). */
    ViewNode list(String caption, List<Project> projects) {
        GridBuilder grid = new GridBuilder(caption, "jx-projects", 3300, 1900, 1844, 900, 900)
                .header("项目编码", "项目名称", "所属单位", "预算数", "财政资金");
        for (Project p : projects) {
            grid.row(text(p.code()), text(p.name()), text(units.label(p.unitCode())),
                    number(DiffText.amount(p.budget().total())), number(DiffText.amount(p.budget().fiscal())));
        }
        return grid.build();
    }

    /** A new project in full: its goal and indicator tables as the disclosure shows them. */
    ViewNode.Section added(Added<Project> added) {
        Project p = added.item();
        String title = heading(added.toIndex(), p.name());
        return new ViewNode.Section(title + "（新增）", anchor(added.toIndex()), List.of(
                ViewNode.Grid.of(ProjectTables.goalTable(p, units.unit(p.unitCode()), title + "绩效目标表"), "jx-goal"),
                ViewNode.Grid.of(ProjectTables.indicatorTable(p, p.name() + "绩效指标"), "jx-indicators")));
    }

    /** A matched project: how it was matched, then its texts, money and indicators that changed. */
    ViewNode.Section changed(ProjectChange c) {
        ProjectMatch match = c.match();
        List<ViewNode> content = new ArrayList<>();
        content.add(new ViewNode.Para(Rich.plain(matchNote(match)), ParaKind.NOTE));
        if (c.conflict() != null) {
            content.add(new ViewNode.Para(Rich.of(Rich.Mark.FLAG, c.conflict().label())
                    .plus("：预算数" + DiffText.movement(c.budget().total()) + "，请核对下表中的指标并说明原因。"),
                    ParaKind.ALERT));
        }
        List<SideRow> rows = new ArrayList<>();
        addIfChanged(rows, "项目名称", c.name());
        if (match.codeChanged()) {
            addIfChanged(rows, "项目编码", TextChange.between(match.fromCode(), match.toCode()));
        }
        if (c.unit() != null) {
            addIfChanged(rows, "所属单位",
                    TextChange.between(units.label(c.unit().fromUnitCode()), units.label(c.unit().toUnitCode())));
        }
        if (c.moved()) {
            rows.add(new SideRow(rows.size(), "排列顺序", null, Rich.plain("第" + (c.fromIndex() + 1) + "个项目"),
                    Rich.plain("第" + (c.toIndex() + 1) + "个项目")));
        }
        addIfChanged(rows, "资金用途", c.purpose());
        if (c.spendPlan() != null) {
            addIfChanged(rows, "资金支出计划", TextChange.between(DiffText.spendPlan(c.spendPlan().from()),
                    DiffText.spendPlan(c.spendPlan().to())));
        }
        addIfChanged(rows, "绩效目标", c.goal());
        if (!rows.isEmpty()) {
            GridBuilder grid = DiffGrids.sideBySide(match.toName() + "：项目信息变化", fromYear, toYear);
            SideRow.addTo(grid, rows);
            content.add(grid.build());
        }
        if (c.budget().isChanged()) {
            content.add(DiffGrids.money(match.toName() + "：资金变化（单位：万元）", c.budget(), fromYear, toYear));
        }
        if (!c.indicators().isEmpty()) {
            content.add(indicators(match.toName() + "：绩效指标变化", c));
        }
        return new ViewNode.Section(heading(c.toIndex(), match.toName()), anchor(c.toIndex()), content);
    }

    private ViewNode indicators(String caption, ProjectChange c) {
        List<SideRow> rows = new ArrayList<>(SideRow.addedAndRemoved(c.indicators(), DiffText::indicatorLabel,
                DiffText::indicatorRow));
        for (IndicatorChange row : c.indicators().changed()) {
            String label = DiffText.indicatorLabel(row.from());
            int before = rows.size();
            SideRow.addIfChanged(rows, row.toIndex(), label, "三级指标修改", row.level3());
            SideRow.addIfChanged(rows, row.toIndex(), label, "指标描述修改", row.description());
            ValueChange value = row.value();
            if (value != null) {
                rows.add(value.text() != null
                        ? SideRow.of(row.toIndex(), label, valueChange(value), value.text())
                        : new SideRow(row.toIndex(), label, valueChange(value), Rich.plain(value.from().text()),
                                Rich.plain(value.to().text())));
            }
            SideRow.addIfChanged(rows, row.toIndex(), label, "确定依据修改", row.basis());
            if (row.moved() && rows.size() == before) {
                rows.add(new SideRow(row.toIndex(), label, "顺序调整", Rich.plain("第" + (row.fromIndex() + 1) + "行"),
                        Rich.plain("第" + (row.toIndex() + 1) + "行")));
            }
        }
        GridBuilder grid = new GridBuilder(caption, "jx-indicator-changes", 6, 4, 5, 5)
                .header("绩效指标", "变化", DiffText.year(fromYear), DiffText.year(toYear));
        SideRow.addWithChangeTo(grid, rows);
        return grid.build();
    }

    /** "目标提高（+5百分比）", or the kind's label alone when the numbers are not comparable. */
    private static String valueChange(ValueChange value) {
        boolean directed = value.kind() == ValueChangeKind.TIGHTENED || value.kind() == ValueChangeKind.LOOSENED;
        if (!directed || value.numberDelta() == null) {
            return value.kind().label();
        }
        String unit = value.to().unit() == null ? "" : value.to().unit();
        return value.kind().label() + "（" + DiffText.signed(value.numberDelta()) + unit + "）";
    }

    /** "项目编码 13020226P008969100011（上年 13020225P008969100011），匹配依据：项目编码一致". */
    private static String matchNote(ProjectMatch match) {
        String note = "项目编码 " + match.toCode() + "（上年 " + match.fromCode() + "），匹配依据：" + match.reason().label();
        if (match.reason() == MatchReason.NAME || match.reason() == MatchReason.PURPOSE) {
            note += "（相似度 " + Math.round(match.confidence() * 100) + "%）";
        }
        return note + "。";
    }

    /** Adds a row of the project's own texts, which keep the order they are added in. */
    private static void addIfChanged(List<SideRow> rows, String label, TextChange change) {
        SideRow.addIfChanged(rows, rows.size(), label, null, change);
    }
}
