package cn.jixiao.platform.portal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

import cn.jixiao.templates.disclosure.Project;

/**
 * Gives each project's section of the rendered article the stable anchor {@code project-{code}} the
 * portal's search results link to (the library numbers its headings, which moves with the order).
 * The library writes one {@code <section class="jx-project"} per project, in the projects' order.
 */
final class ProjectAnchors {

    private static final String SECTION = "<section class=\"jx-project\"";

    private ProjectAnchors() {
    }

    static String add(String html, List<Project> projects) {
        StringBuilder out = new StringBuilder(html.length() + projects.size() * 40);
        Set<String> used = new HashSet<>();
        int from = 0;
        for (Project project : projects) {
            int at = html.indexOf(SECTION, from);
            if (at < 0) {
                break;
            }
            out.append(html, from, at + SECTION.length());
            if (used.add(project.code())) { // a code written twice keeps only its first anchor
                out.append(" id=\"").append(id(project.code())).append('"');
            }
            from = at + SECTION.length();
        }
        return out.append(html, from, html.length()).toString();
    }

    static String id(String projectCode) {
        return "project-" + HtmlUtils.htmlEscape(projectCode);
    }
}
