package cn.jixiao.templates.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as both DOCX and HTML draw it: a column grid, rows of cells with column and row spans.
 * A row lists only the cells that start in it; positions covered by a row span from above are left out.
 *
 * @param caption      what the table is, for the HTML caption
 * @param columnWidths grid column widths in twips (1/1440 inch)
 * @param rows         rows in order; header rows come first
 */
public record TableModel(String caption, List<Integer> columnWidths, List<Row> rows) {

    public TableModel {
        Objects.requireNonNull(caption, "caption");
        columnWidths = List.copyOf(columnWidths);
        rows = List.copyOf(rows);
    }

    /** What a cell is; it decides header markup and alignment. */
    public enum Role {
        /** a row label such as 项目编码 (th scope=row) */
        ROW_LABEL,
        /** a column header such as 一级指标 or 3月底 (th scope=col) */
        COLUMN_HEADER,
        /** free text, left aligned */
        TEXT,
        /** a short value (amount, percent, 指标值), centred */
        NUMBER,
        /** the "单位：万元" note, right aligned */
        NOTE
    }

    /**
     * @param text    cell text as written; "\n" separates paragraphs
     * @param colSpan grid columns covered
     * @param rowSpan rows covered (vertical merge when &gt; 1)
     * @param role    what the cell is
     */
    public record Cell(String text, int colSpan, int rowSpan, Role role) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(role, "role");
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("spans must be positive");
            }
        }

        static Cell of(String text, Role role) {
            return new Cell(text, 1, 1, role);
        }

        boolean isHeader() {
            return role == Role.ROW_LABEL || role == Role.COLUMN_HEADER;
        }
    }

    /**
     * @param cells  cells starting in this row
     * @param header a header row, repeated on every page
     */
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A grid position: the cell that starts there, or the cell above that covers it by its row span. */
    record Slot(Cell cell, int column, boolean covered) {
    }

    /**
     * Every row as its slots from left to right, covered positions included; checks that the spans tile the grid.
     */
    List<List<Slot>> slots() {
        int columns = columnWidths.size();
        Cell[] coveringCell = new Cell[columns];
        int[] coveredRows = new int[columns];
        List<List<Slot>> result = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Slot> slots = new ArrayList<>();
            int next = 0;
            int column = 0;
            List<Cell> cells = rows.get(r).cells();
            while (column < columns) {
                if (coveredRows[column] > 0) {
                    Cell above = coveringCell[column];
                    slots.add(new Slot(above, column, true));
                    for (int c = column; c < column + above.colSpan(); c++) {
                        coveredRows[c]--;
                    }
                    column += above.colSpan();
                    continue;
                }
                if (next >= cells.size()) {
                    throw new IllegalStateException(caption + " row " + (r + 1) + " leaves column " + column + " empty");
                }
                Cell cell = cells.get(next++);
                if (column + cell.colSpan() > columns) {
                    throw new IllegalStateException(caption + " row " + (r + 1) + " is wider than the grid");
                }
                slots.add(new Slot(cell, column, false));
                for (int c = column; c < column + cell.colSpan(); c++) {
                    coveringCell[c] = cell;
                    coveredRows[c] = cell.rowSpan() - 1;
                }
                column += cell.colSpan();
            }
            if (next != cells.size()) {
                throw new IllegalStateException(caption + " row " + (r + 1) + " has more cells than the grid holds");
            }
            result.add(slots);
        }
        return result;
    }

    /** Width in twips of {@code span} columns starting at {@code column}. */
    int width(int column, int span) {
        int sum = 0;
        for (int c = column; c < column + span; c++) {
            sum += columnWidths.get(c);
        }
        return sum;
    }

    int totalWidth() {
        return width(0, columnWidths.size());
    }
}
