package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.importer.grid.DocumentBlock;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.grid.SourceDocument;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.SourceFormat;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.importer.safety.SizeGuard;
import cn.jixiao.templates.text.WordText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the plain-text export into the neutral grid model, with a location (and line) for every cell and
 * paragraph: cells are TAB-prefixed lines, a row ends at the first other line, "[bookmark: …]" prefixes are removed
 * from paragraphs. The export has no merge information: merged cells are empty cells, and a cell's column is its
 * index.
 */
public final class TextGridReader {

    private static final Pattern BOOKMARKS = Pattern.compile("^(?:\\[bookmark:[^\\]]*\\])+");

    private final String fileName;
    private final SizeGuard guard;
    private final List<DocumentBlock> blocks = new ArrayList<>();
    private List<GridRow> rows;
    private List<GridCell> cells;
    private int emptyLines;
    private int tableNumber;
    private int paragraphNumber;

    private TextGridReader(String fileName, SizeGuard guard) {
        this.fileName = fileName;
        this.guard = guard;
    }

    /**
     * Splits the export into paragraphs and tables. Rows are separated by one empty line; a table ends at a
     * paragraph, a whitespace-only line, or two empty lines in a row.
     */
    public static SourceDocument read(String text, String fileName, SizeGuard guard, List<Finding> notes) {
        TextGridReader reader = new TextGridReader(fileName, guard);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            reader.line(line, i + 1);
        }
        reader.endTable();
        return new SourceDocument(fileName, SourceFormat.TEXT, reader.blocks, notes);
    }

    private void line(String line, int number) {
        guard.text(line.length());
        if (line.startsWith("\t")) {
            if (cells == null) {
                startRow(number);
            }
            String cell = line.substring(1);
            guard.cell();
            cells.add(new GridCell(WordText.isBlank(cell) ? "" : cell, cells.size(), 1, false,
                    new SourceLocation.TableCell(fileName, tableNumber, rows.size() + 1, cells.size() + 1, number)));
            emptyLines = 0;
            return;
        }
        endRow();
        if (line.isEmpty()) {
            if (++emptyLines >= 2) {
                endTable();
            }
            return;
        }
        endTable(); // any other line, even whitespace only, ends the table
        String paragraph = BOOKMARKS.matcher(line).replaceFirst("");
        if (!WordText.isBlank(paragraph)) {
            guard.paragraph();
            paragraphNumber++;
            blocks.add(new GridParagraph(paragraph, false, new SourceLocation.Paragraph(fileName, paragraphNumber, number)));
        }
    }

    private void startRow(int number) {
        if (rows == null) {
            rows = new ArrayList<>();
            tableNumber++;
        }
        guard.row();
        cells = new ArrayList<>();
    }

    private void endRow() {
        if (cells != null) {
            rows.add(new GridRow(rows.size() + 1, cells));
            cells = null;
        }
    }

    private void endTable() {
        endRow();
        if (rows != null) {
            blocks.add(new GridTable(tableNumber, "", rows));
            rows = null;
        }
        emptyLines = 0;
    }
}
