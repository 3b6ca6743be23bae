package cn.jixiao.templates.render;

import java.util.Objects;

/**
 * One line of a contents whose page numbers are known before it is laid out.
 *
 * @param level     1 for the top level
 * @param title     as the contents shows it
 * @param pageLabel the page as readers see it, e.g. "57"
 */
record ContentsEntry(int level, String title, String pageLabel) {
    ContentsEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pageLabel, "pageLabel");
    }
}
