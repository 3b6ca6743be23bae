package cn.jixiao.templates.diff.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.jixiao.templates.render.TableModel;

/** One piece of a diff view in reading order; the HTML and DOCX writers draw the same nodes. */
sealed interface ViewNode {

    /**
     * A titled part; nesting gives the heading level.
     *
     * @param title   heading text
     * @param anchor  id unique in the page, for links and bookmarks
     * @param content what the part holds
     */
    record Section(String title, String anchor, List<ViewNode> content) implements ViewNode {
        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(anchor, "anchor");
            content = List.copyOf(content);
        }
    }

    /** How a paragraph is set. */
    enum ParaKind {
        BODY,
        /** a small explanation, e.g. how a project was matched */
        NOTE,
        /** a boxed message: a flag, or "无变化" */
        ALERT
    }

    /** A paragraph. */
    record Para(Rich text, ParaKind kind) implements ViewNode {
        public Para {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A table laid out like {@link TableModel} (column grid in twips, header rows first, spans) whose cells hold
     * {@link Rich} text.
     *
     * @param caption  what the table shows
     * @param titled   whether a printed document sets the caption above the table (HTML always shows it); the
     *                 disclosure's own tables are drawn untitled, as in the disclosure
     * @param cssClass class of the HTML table
     * @param widths   grid column widths in twips
     * @param rows     rows in order
     */
    record Grid(String caption, boolean titled, String cssClass, List<Integer> widths, List<GridRow> rows)
            implements ViewNode {
        public Grid {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(cssClass, "cssClass");
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
        }

        /** A plain table of the disclosure renderers (e.g. a new project's goal table) as a grid. */
        static Grid of(TableModel model, String cssClass) {
            List<GridRow> rows = new ArrayList<>();
            for (TableModel.Row row : model.rows()) {
                List<GridCell> cells = new ArrayList<>();
                for (TableModel.Cell c : row.cells()) {
                    cells.add(new GridCell(Rich.plain(c.text()), c.colSpan(), c.rowSpan(), c.role()));
                }
                rows.add(new GridRow(cells, row.header()));
            }
            return new Grid(model.caption(), false, cssClass, model.columnWidths(), rows);
        }

        /** The table for the shared writers, each cell's text given by {@code text} (plain text or a stand-in). */
        TableModel toModel(Function<Rich, String> text) {
            List<TableModel.Row> modelRows = new ArrayList<>();
            for (GridRow row : rows) {
                List<TableModel.Cell> cells = new ArrayList<>();
                for (GridCell c : row.cells()) {
                    cells.add(new TableModel.Cell(text.apply(c.text()), c.colSpan(), c.rowSpan(), c.role()));
                }
                modelRows.add(new TableModel.Row(cells, row.header()));
            }
            return new TableModel(caption, widths, modelRows);
        }
    }

    /** A grid row; {@code header} rows are column headers, repeated on each printed page. */
    record GridRow(List<GridCell> cells, boolean header) {
        public GridRow {
            cells = List.copyOf(cells);
        }
    }

    /** A grid cell; the role decides header markup and alignment as in {@link TableModel}. */
    record GridCell(Rich text, int colSpan, int rowSpan, TableModel.Role role) {
        public GridCell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(role, "role");
        }
    }
}
