package cn.jixiao.templates.diff.view;

import cn.jixiao.templates.diff.view.ViewNode.Grid;
import cn.jixiao.templates.diff.view.ViewNode.Para;
import cn.jixiao.templates.diff.view.ViewNode.Section;
import cn.jixiao.templates.render.Cover;
import cn.jixiao.templates.render.Html;
import cn.jixiao.templates.render.HtmlStyles;
import cn.jixiao.templates.render.HtmlTableWriter;

/**
 * Writes a diff page as one self-contained HTML document: the disclosure stylesheet plus {@link DiffStyles},
 * an h1 with the title lines, nested sections (h2–h4) and the tables of the disclosure renderers. Inline marks
 * become {@code <ins>}, {@code <del>}, {@code <strong>} and links; all text is escaped.
 */
final class HtmlDiffWriter {

    private static final String START = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>
            %s%s</style>
            </head>
            <body>
            <article class="jx-disclosure jx-diff">
            """;
    private static final String END = "</article>\n</body>\n</html>\n";
    private static final int MAX_HEADING = 6;

    private final RichTokens tokens = new RichTokens();
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final boolean fragment;

    private HtmlDiffWriter(boolean fragment) {
        this.fragment = fragment;
    }

    /** The page's body only, for embedding in a host page with {@link #STYLESHEET}: no title, no style attributes. */
    static String fragment(DiffPage page) {
        HtmlDiffWriter writer = new HtmlDiffWriter(true);
        writer.out.append("<article class=\"jx-disclosure jx-diff\">\n");
        page.content().forEach(node -> writer.node(node, 2));
        writer.out.append("</article>\n");
        return writer.tokens.expand(writer.out.toString(), HtmlDiffWriter::inline);
    }

    /** What a host page links for {@link #fragment}: the disclosure's and the diff's rules, column classes. */
    static final String STYLESHEET = HtmlStyles.CSS + DiffStyles.CSS + HtmlTableWriter.COLUMN_CLASSES_CSS;

    static String write(DiffPage page) {
        HtmlDiffWriter writer = new HtmlDiffWriter(false);
        Cover cover = page.cover();
        writer.out.append(START.formatted(Html.escape(cover.oneLine()), HtmlStyles.CSS, DiffStyles.CSS));
        writer.out.append("<h1 class=\"jx-title\"><span class=\"jx-district\">").append(Html.escape(cover.district()))
                .append("</span>");
        if (cover.department() != null) {
            writer.out.append("<span class=\"jx-department\">").append(Html.escape(cover.department())).append("</span>");
        }
        writer.out.append("<span class=\"jx-year-title\">").append(Html.escape(cover.title())).append("</span></h1>\n");
        page.content().forEach(node -> writer.node(node, 2));
        writer.out.append(END);
        return writer.tokens.expand(writer.out.toString(), HtmlDiffWriter::inline);
    }

    private void node(ViewNode node, int level) {
        if (node instanceof Section section) {
            String id = Html.id(section.anchor());
            int h = Math.min(level, MAX_HEADING);
            out.append("<section aria-labelledby=\"").append(id).append("\">\n<h").append(h).append(" id=\"").append(id)
                    .append("\">").append(Html.escape(section.title())).append("</h").append(h).append(">\n");
            section.content().forEach(child -> node(child, level + 1));
            out.append("</section>\n");
        } else if (node instanceof Para para) {
            out.append(switch (para.kind()) {
                case BODY -> "<p>";
                case NOTE -> "<p class=\"jx-note\">";
                case ALERT -> "<p class=\"jx-alert\">";
            }).append(inline(para.text())).append("</p>\n");
        } else if (node instanceof Grid grid) {
            HtmlTableWriter.write(grid.toModel(tokens::text), grid.cssClass(), out, fragment);
        }
    }

    /** Rich text as inline HTML. */
    static String inline(Rich rich) {
        StringBuilder sb = new StringBuilder();
        for (Rich.Span span : rich.spans()) {
            String text = Html.lines(span.text());
            switch (span.mark()) {
                case PLAIN -> sb.append(text);
                case STRONG -> sb.append("<strong>").append(text).append("</strong>");
                case INSERTED -> sb.append("<ins>").append(text).append("</ins>");
                case DELETED -> sb.append("<del>").append(text).append("</del>");
                case FLAG -> sb.append("<strong class=\"jx-flag\">").append(text).append("</strong>");
                case LINK -> sb.append("<a href=\"").append(Html.escape(span.href())).append("\">").append(text)
                        .append("</a>");
            }
        }
        return sb.toString();
    }
}
