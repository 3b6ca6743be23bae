package cn.jixiao.templates.importer.grid;

import java.util.List;
import java.util.Objects;

/**
 * A table: a Word table, a worksheet, or consecutive rows of the text export.
 *
 * @param number 1-based table number in the document (sheet number for Excel)
 * @param name   sheet name for Excel, "" otherwise
 * @param rows   rows top to bottom
 */
public record GridTable(int number, String name, List<GridRow> rows) implements DocumentBlock {
    public GridTable {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }
}
