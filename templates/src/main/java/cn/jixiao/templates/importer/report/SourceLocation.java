package cn.jixiao.templates.importer.report;

import java.util.Objects;

/** Where a value was read: a paragraph, a table cell, a worksheet cell, the whole file, or an import parameter. Numbers are 1-based. */
public sealed interface SourceLocation {

    /** Chinese description for users, e.g. "lunan.docx 第2个表格 第3行 第4格". */
    String describe();

    /**
     * A paragraph outside tables.
     *
     * @param paragraph paragraph number in the document (Word: every body paragraph counts, empty ones too)
     * @param line      line in the text export, 0 for Word
     */
    record Paragraph(String file, int paragraph, int line) implements SourceLocation {
        public Paragraph {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file + " 第" + paragraph + "段" + (line > 0 ? "（第" + line + "行）" : "");
        }
    }

    /**
     * A cell of a Word table or of a table in the text export.
     *
     * @param cell cell number within the row as written (merged cells count once)
     * @param line line in the text export, 0 for Word
     */
    record TableCell(String file, int table, int row, int cell, int line) implements SourceLocation {
        public TableCell {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file + " 第" + table + "个表格 第" + row + "行 第" + cell + "格" + (line > 0 ? "（第" + line + "行）" : "");
        }
    }

    /** A worksheet cell; {@code row} and {@code column} as Excel counts them (A = 1). */
    record SheetCell(String file, int sheetNumber, String sheet, int row, int column) implements SourceLocation {
        public SheetCell {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sheet, "sheet");
        }

        /** Excel reference such as "C7". */
        public String reference() {
            StringBuilder letters = new StringBuilder();
            for (int c = column; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString() + row;
        }

        @Override
        public String describe() {
            return file + " 工作表“" + sheet + "” " + reference();
        }
    }

    /** The file as a whole, for what belongs to no one place (e.g. its encoding). */
    record WholeFile(String file) implements SourceLocation {
        public WholeFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file + "（整个文件）";
        }
    }

    /** A value given with the upload rather than read from the file. */
    record Parameter(String name) implements SourceLocation {
        public Parameter {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "导入参数 " + name;
        }
    }
}
