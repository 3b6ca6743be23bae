package cn.jixiao.templates.importer.corpus;

import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import cn.jixiao.templates.importer.fixtures.XlsxBuilder;
import java.math.BigDecimal;

/**
 * Where a style writes its paragraphs and tables: a Word document (docx4j), or an Excel workbook (POI) where a
 * paragraph is a row of one cell, tables follow each other with a blank row between, and amounts are numbers.
 */
interface Sink {

    Sink paragraph(String text);

    Sink heading(String text);

    Sink table(int columns);

    Sink row(Cell... cells);

    Sink endTable();

    /** Word: nothing (the document flows on); Excel: a new sheet. */
    Sink part(String name);

    /** An amount cell: text in Word, a number formatted "0.00" in Excel. */
    String amount(BigDecimal amount);

    byte[] build();

    String extension();

    static Sink docx() {
        return new Word(new DocxBuilder());
    }

    static Sink xlsx() {
        return new Excel(new XlsxBuilder());
    }

    final class Word implements Sink {
        private final DocxBuilder docx;

        Word(DocxBuilder docx) {
            this.docx = docx;
        }

        public Sink paragraph(String text) { docx.paragraph(text); return this; }
        public Sink heading(String text) { docx.heading(text); return this; }
        public Sink table(int columns) { docx.table(columns); return this; }
        public Sink row(Cell... cells) { docx.row(cells); return this; }
        public Sink endTable() { docx.endTable(); docx.paragraph(""); return this; }
        public Sink part(String name) { return this; }
        public String amount(BigDecimal amount) { return amount == null ? "" : amount.toPlainString(); }
        public byte[] build() { return docx.build(); }
        public String extension() { return "docx"; }
    }

    final class Excel implements Sink {
        private final XlsxBuilder xlsx;
        private boolean started;

        Excel(XlsxBuilder xlsx) {
            this.xlsx = xlsx;
        }

        private void start() {
            if (!started) {
                part("Sheet1");
            }
        }

        public Sink paragraph(String text) { start(); if (!text.isEmpty()) { xlsx.row(Cell.of(text)); } return this; }
        public Sink heading(String text) { return paragraph(text); }
        public Sink table(int columns) { start(); return this; }
        public Sink row(Cell... cells) { xlsx.row(cells); return this; }
        public Sink endTable() { xlsx.blankRow(); return this; }
        public Sink part(String name) { xlsx.sheet(name); started = true; return this; }

        public String amount(BigDecimal amount) {
            return amount == null ? "" : amount.scale() == 2 ? "=n:" + amount.toPlainString() : amount.toPlainString();
        }

        public byte[] build() { return xlsx.build(); }
        public String extension() { return "xlsx"; }
    }
}
