package cn.jixiao.templates.render;

import cn.jixiao.templates.render.TableModel.Cell;
import cn.jixiao.templates.render.TableModel.Row;
import cn.jixiao.templates.render.TableModel.Slot;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Draws a {@link TableModel} as an accessible HTML table: caption, header rows in thead with
 * {@code th scope="col"}, row labels as {@code th scope="row"}, merged cells as rowspan/colspan.
 */
public final class HtmlTableWriter {

    private HtmlTableWriter() {
    }

    /**
     * Column classes {@code jx-w-1} … {@code jx-w-100} (percent of the table's width), for pages whose content
     * security policy forbids style attributes; scoped to {@code .jx-disclosure}.
     */
    public static final String COLUMN_CLASSES_CSS = IntStream.rangeClosed(1, 100)
            .mapToObj(p -> ".jx-disclosure col.jx-w-" + p + " { width: " + p + "%; }\n")
            .collect(Collectors.joining());

    /** Column widths as style attributes (self-contained pages). */
    public static void write(TableModel model, String cssClass, StringBuilder out) {
        write(model, cssClass, out, false);
    }

    /** @param widthClasses column widths as {@link #COLUMN_CLASSES_CSS} classes instead of style attributes */
    public static void write(TableModel model, String cssClass, StringBuilder out, boolean widthClasses) {
        out.append("<table class=\"").append(cssClass).append("\">\n");
        out.append("<caption>").append(Html.escape(model.caption())).append("</caption>\n");
        out.append("<colgroup>");
        double total = model.totalWidth();
        for (int width : model.columnWidths()) {
            double percent = 100 * width / total;
            out.append(widthClasses
                    ? "<col class=\"jx-w-" + Math.max(1, Math.round(percent)) + "\">"
                    : String.format(java.util.Locale.ROOT, "<col style=\"width:%.2f%%\">", percent));
        }
        out.append("</colgroup>\n");
        List<List<Slot>> slots = model.slots();
        boolean inHead = false;
        boolean inBody = false;
        for (int r = 0; r < slots.size(); r++) {
            Row row = model.rows().get(r);
            if (row.header() && !inHead) {
                out.append("<thead>\n");
                inHead = true;
            } else if (!row.header() && !inBody) {
                if (inHead) {
                    out.append("</thead>\n");
                    inHead = false;
                }
                out.append("<tbody>\n");
                inBody = true;
            }
            out.append("<tr>");
            for (Slot slot : slots.get(r)) {
                if (!slot.covered()) {
                    cell(slot.cell(), out);
                }
            }
            out.append("</tr>\n");
        }
        out.append(inHead ? "</thead>\n" : "").append(inBody ? "</tbody>\n" : "");
        out.append("</table>\n");
    }

    private static void cell(Cell cell, StringBuilder out) {
        String tag = cell.isHeader() ? "th" : "td";
        out.append('<').append(tag);
        switch (cell.role()) {
            case ROW_LABEL -> out.append(" scope=\"row\"");
            case COLUMN_HEADER -> out.append(" scope=\"col\"");
            case NUMBER -> out.append(" class=\"jx-number\"");
            case NOTE -> out.append(" class=\"jx-note\"");
            case TEXT -> { }
        }
        if (cell.colSpan() > 1) {
            out.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        if (cell.rowSpan() > 1) {
            out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        out.append('>').append(Html.lines(cell.text())).append("</").append(tag).append('>');
    }
}
