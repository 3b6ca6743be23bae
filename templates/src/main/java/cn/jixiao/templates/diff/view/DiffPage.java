package cn.jixiao.templates.diff.view;

import java.util.List;
import java.util.Objects;

import cn.jixiao.templates.render.Cover;

/**
 * A whole diff view: the title lines (the cover of the DOCX, the h1 of the page) and the body.
 *
 * @param cover   district, department ({@code null} on the district page) and title
 * @param content the body
 */
record DiffPage(Cover cover, List<ViewNode> content) {
    DiffPage {
        Objects.requireNonNull(cover, "cover");
        content = List.copyOf(content);
    }
}
