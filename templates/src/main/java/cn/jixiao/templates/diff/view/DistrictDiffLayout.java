package cn.jixiao.templates.diff.view;

import static cn.jixiao.templates.diff.view.GridBuilder.number;
import static cn.jixiao.templates.diff.view.GridBuilder.text;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.templates.diff.DepartmentDiff;
import cn.jixiao.templates.diff.DepartmentOrder;
import cn.jixiao.templates.diff.DepartmentStatus;
import cn.jixiao.templates.diff.DiffSummary;
import cn.jixiao.templates.diff.DistrictDiffResult;
import cn.jixiao.templates.diff.MoneyDelta;
import cn.jixiao.templates.diff.ProjectMoneyChange;
import cn.jixiao.templates.diff.view.ViewNode.Para;
import cn.jixiao.templates.diff.view.ViewNode.ParaKind;
import cn.jixiao.templates.diff.view.ViewNode.Section;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.Cover;

/**
 * The district page: district totals and counts, every department of either year in the requested order
 * (the other orders as links, {@code ?order=NAME} with a {@link DepartmentOrder} name), and the projects
 * whose 预算数 changed most.
 */
final class DistrictDiffLayout {

    /** How many projects the list of biggest changes shows. */
    static final int BIGGEST_PROJECTS = 20;

    private DistrictDiffLayout() {}

    static DiffPage page(District district, DistrictDiffResult diff, DepartmentOrder order) {
        List<DepartmentDiff> departments = diff.sorted(order);
        if (departments.isEmpty()) {
            return new DiffPage(new Cover(district.name(), null, "各部门预算绩效目标变化"), List.of(
                    new Para(Rich.of(Rich.Mark.STRONG, "无部门").plus("：两个年度均没有部门公开预算绩效目标。"), ParaKind.ALERT)));
        }
        int fromYear = departments.get(0).diff().fromYear();
        int toYear = departments.get(0).diff().toYear();
        List<ViewNode> sections = new ArrayList<>();
        sections.add(new Section(DiffText.sectionNumber(1) + "全区概况", "jx-summary", List.of(
                new Para(Rich.plain(headline(diff, fromYear, toYear)), ParaKind.BODY),
                DiffGrids.money("全区预算合计（单位：万元）", diff.totals(), fromYear, toYear),
                DiffGrids.counts("全区变化统计", diff.summary()))));
        sections.add(new Section(DiffText.sectionNumber(2) + "各部门变化", "jx-departments", List.of(
                new Para(orderLinks(order), ParaKind.NOTE),
                departments("各部门预算及变化（" + DiffText.orderLabel(order) + "排序，单位：万元）", departments,
                        fromYear, toYear))));
        List<ProjectMoneyChange> biggest = diff.biggestProjectChanges(BIGGEST_PROJECTS);
        sections.add(new Section(DiffText.sectionNumber(3) + "预算数变化最大的项目", "jx-biggest", List.of(biggest.isEmpty()
                ? new Para(Rich.plain("没有预算数变化的项目。"), ParaKind.BODY)
                : projects("预算数增减额最大的" + biggest.size() + "个项目（单位：万元）", biggest, fromYear, toYear))));
        return new DiffPage(new Cover(district.name(), null, DiffText.districtTitle(fromYear, toYear)), sections);
    }

    private static String headline(DistrictDiffResult diff, int fromYear, int toYear) {
        return "与" + DiffText.year(fromYear) + "相比，" + DiffText.year(toYear) + "共有部门" + diff.departments().size()
                + "个，其中新增部门" + diff.withStatus(DepartmentStatus.ADDED).size()
                + "个、减少部门" + diff.withStatus(DepartmentStatus.REMOVED).size()
                + "个、有变化" + diff.withStatus(DepartmentStatus.CHANGED).size()
                + "个、无变化" + diff.withStatus(DepartmentStatus.UNCHANGED).size()
                + "个；全区项目预算数合计" + DiffText.movement(diff.totals().total()) + "。";
    }

    /** "排序：" and every order, the current one in bold, the others as links. */
    private static Rich orderLinks(DepartmentOrder current) {
        Rich links = Rich.plain("排序：");
        for (DepartmentOrder order : DepartmentOrder.values()) {
            links = links.plus(order == current ? Rich.of(Rich.Mark.STRONG, DiffText.orderLabel(order))
                    : Rich.link(DiffText.orderLabel(order), "?order=" + order.name()));
            links = links.plus(order.ordinal() < DepartmentOrder.values().length - 1 ? "　" : "");
        }
        return links;
    }

    private static ViewNode departments(String caption, List<DepartmentDiff> departments, int fromYear, int toYear) {
        GridBuilder grid = new GridBuilder(caption, "jx-departments", 2, 2, 6, 2, 3, 3, 3, 3, 2, 2, 2)
                .header("序号", "部门编码", "部门名称", "状态", DiffText.year(fromYear), DiffText.year(toYear), "增减额", "增减率",
                        "项目增删改", "目标提高／降低", "反向变化");
        int n = 0;
        for (DepartmentDiff d : departments) {
            DiffSummary s = d.diff().summary();
            MoneyDelta total = d.totals().total();
            grid.row(number(String.valueOf(++n)), number(d.code()), text(d.name()), number(d.status().label()),
                    number(DiffText.amount(total.from())), number(DiffText.amount(total.to())),
                    number(DiffText.delta(total)), number(DiffText.percent(total)),
                    number(s.projectsAdded() + "／" + s.projectsRemoved() + "／" + s.projectsChanged()),
                    number(s.targetsTightened() + "／" + s.targetsLoosened()),
                    number(s.conflicts() == 0 ? Rich.plain("0")
                            : Rich.of(Rich.Mark.FLAG, String.valueOf(s.conflicts()))));
        }
        return grid.build();
    }

    private static ViewNode projects(String caption, List<ProjectMoneyChange> projects, int fromYear, int toYear) {
        GridBuilder grid = new GridBuilder(caption, "jx-biggest", 2, 5, 6, 2, 3, 3, 3, 3)
                .header("序号", "部门", "项目名称", "变化", DiffText.year(fromYear), DiffText.year(toYear), "增减额", "增减率");
        int n = 0;
        for (ProjectMoneyChange p : projects) {
            String change = p.fromCode() == null ? "新增" : p.toCode() == null ? "删除" : "调整";
            grid.row(number(String.valueOf(++n)), text(p.departmentName()), text(p.name()), number(change),
                    number(DiffText.amount(p.total().from())), number(DiffText.amount(p.total().to())),
                    number(DiffText.delta(p.total())), number(DiffText.percent(p.total())));
        }
        return grid.build();
    }
}
