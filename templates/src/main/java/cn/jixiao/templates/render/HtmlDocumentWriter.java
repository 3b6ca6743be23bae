package cn.jixiao.templates.render;

import cn.jixiao.templates.render.DocumentBlock.Heading;
import cn.jixiao.templates.render.DocumentBlock.HeadingKind;
import cn.jixiao.templates.render.DocumentBlock.Paragraph;
import cn.jixiao.templates.render.DocumentBlock.ParagraphKind;
import cn.jixiao.templates.render.DocumentBlock.Table;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;

/**
 * Writes a whole HTML page or an embeddable fragment: title (h1), linked contents, the body with each heading
 * opening a nested {@code <section>}, and the tenant's footer line. Heading levels shift by one under the h1.
 */
final class HtmlDocumentWriter {

    private HtmlDocumentWriter() {
    }

    static String write(Cover cover, List<DocumentBlock> blocks, RenderOptions options, HtmlRenderer.Mode mode) {
        StringBuilder out = new StringBuilder(64 * 1024);
        if (mode == HtmlRenderer.Mode.DOCUMENT) {
            out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"generator\" content=\"Jixiao ").append(Html.escape(options.templateVersion()))
                    .append("\">\n<title>").append(Html.escape(cover.oneLine())).append("</title>\n")
                    .append("<style>\n").append(HtmlStyles.CSS).append("</style>\n</head>\n<body>\n");
            out.append("<article class=\"jx-disclosure\">\n");
        } else {
            // a fragment carries its own scoped styles and language, the host page may be in another one
            out.append("<article class=\"jx-disclosure\" lang=\"zh-CN\">\n");
            out.append("<style>\n").append(HtmlStyles.CSS).append("</style>\n");
        }
        title(cover, options, out);
        contents(DisclosureLayout.headings(blocks), out);
        body(blocks, out);
        if (options.footerText() != null && !options.footerText().isBlank()) {
            out.append("<footer>").append(Html.lines(options.footerText())).append("</footer>\n");
        }
        out.append("</article>\n");
        if (mode == HtmlRenderer.Mode.DOCUMENT) {
            out.append("</body>\n</html>\n");
        }
        return out.toString();
    }

    private static void title(Cover cover, RenderOptions options, StringBuilder out) {
        out.append("<h1 class=\"jx-title\">");
        byte[] logo = options.logoPng();
        if (logo != null) {
            // inline, so the page still loads nothing from elsewhere
            out.append("<img alt=\"徽标\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(logo)).append("\">");
        }
        out.append("<span class=\"jx-district\">").append(Html.escape(cover.district())).append("</span>");
        if (cover.department() != null) {
            out.append("<span class=\"jx-department\">").append(Html.escape(cover.department())).append("</span>");
        }
        out.append("<span class=\"jx-year-title\">").append(Html.lines(cover.title())).append("</span></h1>\n");
    }

    /** Nested ordered lists of links, one level per heading level. */
    private static void contents(List<Heading> headings, StringBuilder out) {
        if (headings.isEmpty()) {
            return;
        }
        out.append("<nav aria-labelledby=\"jx-contents\">\n<h2 id=\"jx-contents\">")
                .append(Html.escape(Labels.TOC_TITLE.replace("　", ""))).append("</h2>\n");
        int depth = 0;
        int base = headings.stream().mapToInt(Heading::level).min().orElse(1);
        for (Heading heading : headings) {
            int level = heading.level() - base + 1;
            if (level > depth) {
                while (depth < level) {
                    out.append("<ol>");
                    depth++;
                }
            } else {
                out.append("</li>");
                while (depth > level) {
                    out.append("</ol></li>");
                    depth--;
                }
            }
            out.append("\n<li><a href=\"#").append(Html.id(heading.anchor())).append("\">")
                    .append(Html.escape(heading.text())).append("</a>");
        }
        out.append("</li>");
        while (depth > 1) {
            out.append("</ol></li>");
            depth--;
        }
        out.append("</ol>\n</nav>\n");
    }

    private static void body(List<DocumentBlock> blocks, StringBuilder out) {
        Deque<Integer> open = new ArrayDeque<>();
        for (DocumentBlock block : blocks) {
            if (block instanceof Heading heading) {
                while (!open.isEmpty() && open.peek() >= heading.level()) {
                    out.append("</section>\n");
                    open.pop();
                }
                String id = Html.id(heading.anchor());
                out.append("<section class=\"").append(sectionClass(heading.kind())).append("\" aria-labelledby=\"")
                        .append(id).append("\">\n");
                open.push(heading.level());
                int h = Math.min(heading.level() + 1, 6);
                out.append("<h").append(h).append(" id=\"").append(id).append("\">");
                List<String> lines = heading.lines();
                for (int i = 0; i < lines.size(); i++) {
                    out.append(i > 0 ? "<br>" : "").append(Html.escape(lines.get(i)));
                }
                out.append("</h").append(h).append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append(paragraph.kind() == ParagraphKind.ITEM_TITLE ? "<p class=\"jx-item-title\">" : "<p>");
                if (!paragraph.lead().isEmpty()) {
                    out.append("<strong>").append(Html.escape(paragraph.lead())).append("</strong>");
                }
                out.append(Html.escape(paragraph.text())).append("</p>\n");
            } else if (block instanceof Table table) {
                boolean indicators = table.model().rows().stream().anyMatch(TableModel.Row::header);
                HtmlTableWriter.write(table.model(), indicators ? "jx-indicators" : "jx-goal", out);
            }
        }
        while (!open.isEmpty()) {
            out.append("</section>\n");
            open.pop();
        }
    }

    private static String sectionClass(HeadingKind kind) {
        return switch (kind) {
            case DEPARTMENT -> "jx-department";
            case PART -> "jx-part";
            case SECTION -> "jx-section";
            case PROJECT -> "jx-project";
        };
    }
}
