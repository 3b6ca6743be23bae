package cn.jixiao.templates.diff.view;

import java.util.Objects;

import cn.jixiao.templates.diff.DepartmentOrder;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.DistrictDiffResult;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.District;

/**
 * Renders diffs as HTML pages a reviewer reads side by side: last year's text with deletions in {@code <del>},
 * this year's with insertions in {@code <ins>}. A page is self-contained and printable: {@code lang="zh-CN"},
 * one inline stylesheet (the disclosure's, plus the diff marks), no scripts, nothing loaded from elsewhere;
 * tables have captions and scoped headers. All text is escaped. Thread-safe.
 */
public final class DiffHtmlRenderer {

    /**
     * A department's changes: a summary (counts; 预算数, 财政资金 and 其他资金 in both years with their change in
     * 万元 and percent; projects whose money and targets moved in opposite directions), then the department and
     * its units, Part 1 (总体绩效目标, 分项绩效目标, 工作保障措施) and every project added, removed or changed
     * (name, code, unit, order, 资金用途, 资金支出计划, 绩效目标, money, indicators). An empty diff gives a "无变化"
     * page. The diff names the department only by code unless its name changed; use
     * {@link #render(District, Department, DisclosureDiffResult)} to show its name and its units' names.
     */
    public String render(District district, DisclosureDiffResult diff) {
        Objects.requireNonNull(diff, "diff");
        return render(district, DisclosureDiffLayout.departmentOf(diff), diff);
    }

    /**
     * As {@link #render(District, DisclosureDiffResult)}, labelled with the department of the new version.
     *
     * @throws IllegalArgumentException if {@code department} is not the diff's (new) department
     */
    public String render(District district, Department department, DisclosureDiffResult diff) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(diff, "diff");
        return HtmlDiffWriter.write(DisclosureDiffLayout.page(district, department, diff));
    }

    /**
     * As {@link #render(District, Department, DisclosureDiffResult)}, as a fragment for a host page (the
     * workspace, under a strict content security policy): one {@code <article class="jx-disclosure jx-diff">}
     * whose sections start at h2, without the title, no inline style; the host links {@link #stylesheet()}.
     * A {@code null} department is the diff's own.
     */
    public String renderFragment(District district, Department department, DisclosureDiffResult diff) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(diff, "diff");
        return HtmlDiffWriter.fragment(DisclosureDiffLayout.page(district,
                department == null ? DisclosureDiffLayout.departmentOf(diff) : department, diff));
    }

    /** The stylesheet a page embedding {@link #renderFragment} serves (text/css). */
    public static String stylesheet() {
        return HtmlDiffWriter.STYLESHEET;
    }

    /**
     * A district's changes: totals and counts, every department of either year with its totals and their change
     * in the given order, and the projects whose 预算数 changed most. Sorting happens here, on the server: the
     * page names its order in the table caption and links the other orders as {@code ?order=NAME}, where NAME is
     * a {@link DepartmentOrder} constant.
     */
    public String renderDistrict(District district, DistrictDiffResult diff, DepartmentOrder order) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(order, "order");
        return HtmlDiffWriter.write(DistrictDiffLayout.page(district, diff, order));
    }
}
