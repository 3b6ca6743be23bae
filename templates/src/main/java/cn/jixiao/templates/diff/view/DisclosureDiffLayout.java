package cn.jixiao.templates.diff.view;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.templates.diff.Added;
import cn.jixiao.templates.diff.DiffSummary;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.ProjectChange;
import cn.jixiao.templates.diff.Removed;
import cn.jixiao.templates.diff.TextChange;
import cn.jixiao.templates.diff.view.ViewNode.Para;
import cn.jixiao.templates.diff.view.ViewNode.ParaKind;
import cn.jixiao.templates.diff.view.ViewNode.Section;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.render.Cover;

/**
 * The order of a department's diff view: the summary (counts, totals, flags), then the department and its
 * units, Part 1, and the projects (added, removed, changed). Parts without changes are left out; an empty diff
 * is a "无变化" notice with the totals.
 */
final class DisclosureDiffLayout {

    private final DisclosureDiffResult diff;
    private final int fromYear;
    private final int toYear;
    private final List<ViewNode> sections = new ArrayList<>();

    private DisclosureDiffLayout(DisclosureDiffResult diff) {
        this.diff = diff;
        this.fromYear = diff.fromYear();
        this.toYear = diff.toYear();
    }

    /**
     * @param department the department in the new version (its name and unit names label the view); the diff
     *                   itself only names what changed
     */
    static DiffPage page(District district, Department department, DisclosureDiffResult diff) {
        if (!department.code().equals(diff.department().toCode())) {
            throw new IllegalArgumentException("部门 " + department.code() + " 不是比较结果中的部门 "
                    + diff.department().toCode() + " / department " + department.code() + " is not the diff's department "
                    + diff.department().toCode());
        }
        DisclosureDiffLayout layout = new DisclosureDiffLayout(diff);
        layout.build(new UnitNames(department, diff.department()));
        String name = department.name().isBlank() ? "部门编码 " + department.code() : department.name();
        return new DiffPage(new Cover(district.name(), name, DiffText.reportTitle(diff.toYear())), layout.sections);
    }

    /** The new version's department as far as the diff names it: its code, its name only if that changed. */
    static Department departmentOf(DisclosureDiffResult diff) {
        TextChange name = diff.department().name();
        return new Department(diff.department().toCode(), name == null ? "" : name.to(), List.of());
    }

    private void build(UnitNames units) {
        if (diff.isEmpty()) {
            section("变化概况", "jx-summary", List.of(
                    new Para(Rich.of(Rich.Mark.STRONG, "无变化").plus("：" + DiffText.year(toYear) + "与"
                            + DiffText.year(fromYear) + "相比，预算项目、资金、绩效指标和部门整体绩效目标均无变化。"),
                            ParaKind.ALERT),
                    DiffGrids.money("部门预算合计（单位：万元）", diff.totals(), fromYear, toYear)));
            return;
        }
        section("变化概况", "jx-summary", summary());
        ViewNode department = new GoalsLayout(fromYear, toYear).department(diff.department());
        if (department != null) {
            section("部门及单位变化", "jx-department", List.of(department));
        }
        if (!diff.goals().isEmpty()) {
            section("部门整体绩效目标变化", "jx-goals", new GoalsLayout(fromYear, toYear).goals(diff.goals()));
        }
        if (!diff.projects().isEmpty()) {
            section("预算项目变化", "jx-projects", projects(new ProjectLayout(fromYear, toYear, units)));
        }
    }

    private List<ViewNode> summary() {
        DiffSummary s = diff.summary();
        List<ViewNode> nodes = new ArrayList<>();
        nodes.add(new Para(Rich.plain(headline(s)), ParaKind.BODY));
        nodes.add(DiffGrids.counts("变化统计", s));
        nodes.add(DiffGrids.money("部门预算合计（单位：万元）", diff.totals(), fromYear, toYear));
        List<ProjectChange> flagged = diff.projects().changed().stream().filter(c -> c.conflict() != null).toList();
        if (flagged.isEmpty()) {
            nodes.add(new Para(Rich.plain("未发现资金增加而绩效目标降低、或资金减少而绩效目标提高的项目。"), ParaKind.BODY));
        }
        for (ProjectChange c : flagged) {
            nodes.add(new Para(Rich.of(Rich.Mark.FLAG, c.conflict().label()).plus("：")
                    .plus(Rich.link(c.match().toName(), "#" + ProjectLayout.anchor(c.toIndex())))
                    .plus("，预算数" + DiffText.movement(c.budget().total()) + "。"), ParaKind.ALERT));
        }
        nodes.add(new Para(Rich.plain("说明：表中").plus(Rich.of(Rich.Mark.INSERTED, "加下划线的文字"))
                .plus("为" + DiffText.year(toYear) + "新增的内容，").plus(Rich.of(Rich.Mark.DELETED, "加删除线的文字"))
                .plus("为" + DiffText.year(fromYear) + "有、" + DiffText.year(toYear) + "删除的内容；增减率以"
                        + DiffText.year(fromYear) + "数为基数。"), ParaKind.NOTE));
        return nodes;
    }

    /** "与2025年度相比，2026年度新增项目1个、删除项目1个、调整项目3个，…；项目预算数合计由…". */
    private String headline(DiffSummary s) {
        List<String> parts = new ArrayList<>();
        count(parts, "新增项目", s.projectsAdded());
        count(parts, "删除项目", s.projectsRemoved());
        count(parts, "调整项目", s.projectsChanged());
        String projects = parts.isEmpty() ? "预算项目无增减和调整" : String.join("、", parts);
        String goals = s.goalChanges() == 0 ? "" : "，部门整体绩效目标有" + s.goalChanges() + "处变化";
        String units = s.unitChanges() == 0 ? "" : "，单位有" + s.unitChanges() + "处变化";
        return "与" + DiffText.year(fromYear) + "相比，" + DiffText.year(toYear) + projects + goals + units
                + "；项目预算数合计" + DiffText.movement(diff.totals().total()) + "。";
    }

    private static void count(List<String> parts, String what, int n) {
        if (n > 0) {
            parts.add(what + n + "个");
        }
    }

    private List<ViewNode> projects(ProjectLayout layout) {
        List<ViewNode> nodes = new ArrayList<>();
        List<Added<Project>> added = diff.projects().added();
        List<Removed<Project>> removed = diff.projects().removed();
        List<ProjectChange> changed = diff.projects().changed();
        int n = 0;
        if (!added.isEmpty()) {
            List<ViewNode> content = new ArrayList<>();
            content.add(layout.list("新增项目", added.stream().map(Added::item).toList()));
            added.forEach(a -> content.add(layout.added(a)));
            nodes.add(new Section(DiffText.subsectionNumber(++n) + "新增项目（" + added.size() + "个）", "jx-added", content));
        }
        if (!removed.isEmpty()) {
            nodes.add(new Section(DiffText.subsectionNumber(++n) + "删除项目（" + removed.size() + "个）", "jx-removed",
                    List.of(layout.list("删除项目", removed.stream().map(Removed::item).toList()))));
        }
        if (!changed.isEmpty()) {
            nodes.add(new Section(DiffText.subsectionNumber(++n) + "调整项目（" + changed.size() + "个）", "jx-changed",
                    changed.stream().map(c -> (ViewNode) layout.changed(c)).toList()));
        }
        return nodes;
    }

    private void section(String title, String anchor, List<ViewNode> content) {
        sections.add(new Section(DiffText.sectionNumber(sections.size() + 1) + title, anchor, content));
    }
}
