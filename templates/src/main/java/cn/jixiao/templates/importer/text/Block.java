package cn.jixiao.templates.importer.text;

import java.util.List;

/** A unit of the export: a non-blank paragraph line or a table row. */
sealed interface Block {

    /** 1-based line number where the block starts. */
    int line();

    /** A paragraph outside tables, bookmark prefixes removed, otherwise as written. */
    record Paragraph(String text, int line) implements Block {}

    /** A table row; cells as written without the leading TAB, whitespace-only cells are "". */
    record Row(List<String> cells, int line) implements Block {
        public Row { // record members of an interface are implicitly public
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or "" past the end of the row. */
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        int size() {
            return cells.size();
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }
}
