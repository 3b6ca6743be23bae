package cn.jixiao.templates.importer.grid;

import java.util.List;

/**
 * A table row.
 *
 * @param number 1-based row number within its table (Excel: the sheet row number)
 * @param cells  cells left to right
 */
public record GridRow(int number, List<GridCell> cells) {
    public GridRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or {@code null} past the end. */
    public GridCell cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    public int size() {
        return cells.size();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(GridCell::isBlank);
    }

    /** Non-blank cells. */
    public List<GridCell> filled() {
        return cells.stream().filter(c -> !c.isBlank()).toList();
    }
}
