/**
 * Views of a diff for people: {@link cn.jixiao.templates.diff.view.DiffHtmlRenderer} (a department's changes
 * side by side, and the district page) and {@link cn.jixiao.templates.diff.view.DiffDocxRenderer} (the
 * 《YYYY年度预算绩效目标较上年变化说明》 report). Both draw one layout of the
 * {@link cn.jixiao.templates.diff.DisclosureDiffResult} and reuse the disclosure renderers' stylesheet, template,
 * tables and writers from {@code cn.jixiao.templates.render}. Pure library: no Spring, no database.
 */
package cn.jixiao.templates.diff.view;
