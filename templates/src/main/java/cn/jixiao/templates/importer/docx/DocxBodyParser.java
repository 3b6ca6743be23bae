package cn.jixiao.templates.importer.docx;

import cn.jixiao.templates.importer.grid.DocumentBlock;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.grid.ParagraphRole;
import cn.jixiao.templates.importer.grid.SourceDocument;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.SourceFormat;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.importer.safety.SecureXml;
import cn.jixiao.templates.importer.safety.SizeGuard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams word/document.xml with StAX and builds paragraphs and tables. Recursive descent over the elements
 * that carry structure (p, tbl, tr, tc and their properties); any other element is descended into, so content
 * controls (sdt), smart tags, hyperlinks and tracked insertions keep their text, while deleted text
 * (w:delText), field codes (w:instrText) and the Choice branch of mc:AlternateContent (its Fallback carries
 * the same text) are not read as text.
 *
 * <p>A paragraph is marked as part of a table of contents when it lies in a TOC field's result or in a "Table of
 * Contents" content control, has a TOC style, or links to a _Toc bookmark with a PAGEREF field; paragraphs of a
 * "Cover Pages" control are marked as cover. Field instructions are read only for this.
 */
final class DocxBodyParser {

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final byte[] xml;
    private final String partName;
    private final String fileName;
    private final SizeGuard guard;
    private final ParagraphStyles styles;
    private final List<DocumentBlock> blocks = new ArrayList<>();
    private final List<Finding> notes = new ArrayList<>();
    private final OpenFields fields = new OpenFields();
    // docPartGallery of each body-level content control around the position ("" for other controls)
    private final Deque<String> galleries = new ArrayDeque<>();
    private final List<FieldMark> fieldMarks = new ArrayList<>();
    private XMLStreamReader reader;
    private int paragraphNumber;
    private int tableNumber;

    DocxBodyParser(byte[] xml, String partName, String fileName, SizeGuard guard, ParagraphStyles styles) {
        this.xml = xml;
        this.partName = partName;
        this.fileName = fileName;
        this.guard = guard;
        this.styles = styles;
    }

    SourceDocument parse() {
        reader = SecureXml.reader(xml, partName);
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                SecureXml.requireSafe(event, partName);
                if (isStart("body")) {
                    body();
                }
            }
            return new SourceDocument(fileName, SourceFormat.DOCX, blocks, notes);
        } catch (XMLStreamException e) {
            throw SecureXml.malformed(partName, e);
        } finally {
            SecureXml.close(reader);
        }
    }

    private void body() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isW("p")) {
                    guard.paragraph();
                    paragraphNumber++;
                    ParagraphText p = paragraph();
                    blocks.add(new GridParagraph(p.text.toString(), p.numbered,
                            new SourceLocation.Paragraph(fileName, paragraphNumber, 0), role(p)));
                } else if (isW("sdt")) {
                    galleries.push("");
                    depth++;
                } else if (isW("docPartGallery") && !galleries.isEmpty()) {
                    galleries.pop();
                    galleries.push(String.valueOf(attribute("val")));
                    depth++;
                } else if (isW("tbl")) {
                    tableNumber++;
                    blocks.add(table());
                } else if (isSkipped()) {
                    skip();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (isW("sdt") && !galleries.isEmpty()) {
                    galleries.pop();
                }
            }
        }
        unmarkUnclosedFields();
    }

    /** Text of a paragraph and what its markup says about it; the reader is on its start tag and ends on its end tag. */
    private static final class ParagraphText {
        final StringBuilder text = new StringBuilder();
        boolean numbered;
        String style;
        boolean contentsLink;
        boolean pageRef;
        boolean pageRefToContents;
        OpenFields.Field tocField;

        /** A field whose instruction is complete (at its separator or end, or a simple field). */
        void instructionRead(OpenFields.Field field) {
            if (field != null && field.isPageRef()) {
                pageRef = true;
                pageRefToContents |= field.isPageRefToContents();
            }
        }
    }

    /** A paragraph marked as contents only because it lies in the result of {@code field}. */
    private record FieldMark(int blockIndex, OpenFields.Field field) {}

    private ParagraphRole role(ParagraphText p) {
        if (galleries.stream().anyMatch(g -> g.equalsIgnoreCase("Table of Contents"))
                || styles.isContents(p.style) || p.pageRefToContents || p.contentsLink && p.pageRef) {
            return ParagraphRole.TABLE_OF_CONTENTS;
        }
        if (galleries.stream().anyMatch(g -> g.equalsIgnoreCase("Cover Pages"))) {
            return ParagraphRole.COVER;
        }
        if (p.tocField != null) {
            fieldMarks.add(new FieldMark(blocks.size(), p.tocField)); // the index the paragraph is about to get
            return ParagraphRole.TABLE_OF_CONTENTS;
        }
        return ParagraphRole.CONTENT;
    }

    /** A TOC field that never ends is damage, not a table of contents swallowing the rest of the document. */
    private void unmarkUnclosedFields() {
        for (FieldMark mark : fieldMarks) {
            if (!mark.field().closed()) {
                GridParagraph p = (GridParagraph) blocks.get(mark.blockIndex());
                blocks.set(mark.blockIndex(), p.withRole(ParagraphRole.CONTENT));
            }
        }
    }

    private ParagraphText paragraph() throws XMLStreamException {
        ParagraphText p = new ParagraphText();
        readParagraphInto(p, 0);
        return p;
    }

    private void readParagraphInto(ParagraphText p, int tableDepth) throws XMLStreamException {
        int depth = 1;
        boolean inText = false;
        while (depth > 0) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (isW("t")) {
                        inText = true;
                        if (p.tocField == null) {
                            p.tocField = fields.tocResult();
                        }
                        depth++;
                    } else if (isW("instrText")) {
                        fields.code(consume(OpenFields.MAX_INSTRUCTION));
                    } else if (isW("fldChar")) {
                        fieldChar(p);
                        depth++;
                    } else if (isW("fldSimple")) {
                        p.instructionRead(fields.beginSimple(attribute("instr")));
                        depth++;
                    } else if (isW("hyperlink")) {
                        String anchor = attribute("anchor");
                        p.contentsLink |= anchor != null && anchor.startsWith("_Toc");
                        depth++;
                    } else if (isW("pStyle")) {
                        if (p.style == null) {
                            p.style = attribute("val"); // a later pStyle is the old one in a tracked change
                        }
                        depth++;
                    } else if (isW("tab") || isW("ptab")) {
                        append(p.text, "\t");
                        depth++;
                    } else if (isW("br") || isW("cr")) {
                        append(p.text, "\n");
                        depth++;
                    } else if (isW("noBreakHyphen")) {
                        append(p.text, "-");
                        depth++;
                    } else if (isW("numPr")) {
                        p.numbered = true;
                        depth++;
                    } else if (isW("p")) {
                        // a paragraph inside a text box: its text follows on a new line
                        ParagraphText inner = new ParagraphText();
                        readParagraphInto(inner, tableDepth);
                        if (!inner.text.isEmpty()) {
                            append(p.text, (p.text.isEmpty() ? "" : "\n") + inner.text);
                        }
                    } else if (isW("tbl")) {
                        String nested = nestedTableText(tableDepth + 1);
                        if (!nested.isEmpty()) {
                            append(p.text, (p.text.isEmpty() ? "" : "\n") + nested);
                        }
                    } else if (isSkipped()) {
                        skip();
                    } else {
                        depth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    inText = false;
                    if (isW("fldSimple")) {
                        fields.endSimple();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        append(p.text, reader.getText());
                    }
                }
                default -> { }
            }
        }
    }

    private GridTable table() throws XMLStreamException {
        guard.tableDepth(1);
        List<GridRow> rows = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isW("tr")) {
                    guard.row();
                    rows.add(row(rows.size() + 1));
                } else if (isW("tblPr") || isW("tblGrid") || isSkipped()) {
                    skip();
                } else {
                    depth++; // sdt or customXml around rows
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new GridTable(tableNumber, "", rows);
    }

    private GridRow row(int rowNumber) throws XMLStreamException {
        List<GridCell> cells = new ArrayList<>();
        int column = 0;
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isW("gridBefore")) {
                    column += Math.max(0, intValue(0));
                    depth++;
                } else if (isW("tc")) {
                    guard.cell();
                    CellContent content = cell();
                    if (content.hMergeContinue && !cells.isEmpty()) {
                        GridCell previous = cells.remove(cells.size() - 1);
                        String text = content.text.isEmpty() ? previous.text()
                                : previous.text() + (previous.text().isEmpty() ? "" : "\n") + content.text;
                        cells.add(new GridCell(text, previous.column(), previous.span() + content.span,
                                previous.mergedFromAbove(), previous.location()));
                    } else {
                        SourceLocation location = new SourceLocation.TableCell(fileName, tableNumber, rowNumber,
                                cells.size() + 1, 0);
                        cells.add(new GridCell(content.text, column, content.span, content.vMergeContinue, location));
                        if (content.nested) {
                            notes.add(new Finding(FindingKind.STRUCTURE_SIMPLIFIED, location,
                                    "单元格内嵌套了表格", "嵌套表格按文字读取：每行一段，单元格之间用制表符分隔"));
                        }
                    }
                    column += content.span;
                } else if (isSkipped()) {
                    skip();
                } else {
                    depth++; // trPr, sdt, customXml
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new GridRow(rowNumber, cells);
    }

    private static final class CellContent {
        String text = "";
        int span = 1;
        boolean vMergeContinue;
        boolean hMergeContinue;
        boolean nested;
    }

    private CellContent cell() throws XMLStreamException {
        CellContent content = new CellContent();
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isW("gridSpan")) {
                    content.span = Math.max(1, intValue(1));
                    depth++;
                } else if (isW("vMerge")) {
                    String val = attribute("val");
                    content.vMergeContinue = val == null || val.equals("continue");
                    depth++;
                } else if (isW("hMerge")) {
                    String val = attribute("val");
                    content.hMergeContinue = val == null || val.equals("continue");
                    depth++;
                } else if (isW("p")) {
                    ParagraphText p = new ParagraphText();
                    readParagraphInto(p, 1);
                    if (paragraphs++ > 0) {
                        text.append('\n');
                    }
                    text.append(p.text);
                    guard.text(text.length());
                } else if (isW("tbl")) {
                    content.nested = true;
                    String nested = nestedTableText(2);
                    if (!nested.isEmpty()) {
                        text.append(text.isEmpty() ? "" : "\n").append(nested);
                        guard.text(text.length());
                    }
                } else if (isSkipped()) {
                    skip();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        content.text = text.toString();
        return content;
    }

    /** A table inside a cell: rows as lines, cells separated by TAB. */
    private String nestedTableText(int tableDepth) throws XMLStreamException {
        guard.tableDepth(tableDepth);
        List<String> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null;
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isW("tr")) {
                    guard.row();
                    cells.clear();
                    depth++;
                } else if (isW("tc")) {
                    guard.cell();
                    cell = new StringBuilder();
                    depth++;
                } else if (isW("p")) {
                    ParagraphText p = new ParagraphText();
                    readParagraphInto(p, tableDepth);
                    if (cell != null) {
                        cell.append(cell.isEmpty() ? "" : " ").append(p.text);
                        guard.text(cell.length());
                    }
                } else if (isW("tbl")) {
                    String inner = nestedTableText(tableDepth + 1);
                    if (cell != null) {
                        cell.append(cell.isEmpty() ? "" : " ").append(inner);
                    }
                } else if (isSkipped()) {
                    skip();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (isW("tc") && cell != null) {
                    cells.add(cell.toString());
                    cell = null;
                } else if (isW("tr")) {
                    String line = String.join("\t", cells).strip();
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private void fieldChar(ParagraphText p) {
        String type = attribute("fldCharType");
        if ("begin".equals(type)) {
            fields.begin();
        } else if ("separate".equals(type)) {
            p.instructionRead(fields.separate());
        } else if ("end".equals(type)) {
            p.instructionRead(fields.end());
        }
    }

    private void append(StringBuilder sb, String s) {
        sb.append(s);
        guard.text(sb.length());
    }

    /** Elements whose content is not document text. */
    private boolean isSkipped() {
        if (MC.equals(reader.getNamespaceURI())) {
            return reader.getLocalName().equals("Choice");
        }
        return isW("delText") || isW("instrText") || isW("sectPr") || isW("del")
                || isW("moveFrom");
    }

    /** Consumes the current element and everything in it. */
    private void skip() throws XMLStreamException {
        consume(0);
    }

    /**
     * Consumes the current element and everything in it; returns up to {@code keep} characters of its text
     * (field codes can carry whole documents, e.g. ADDIN data, and only their first words matter).
     */
    private String consume(int keep) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && text.length() < keep) {
                String chunk = reader.getText();
                text.append(chunk, 0, Math.min(chunk.length(), keep - text.length()));
            }
        }
        return text.toString();
    }

    /** The next event; the end of the input inside an element means the part is cut off. */
    private int next() throws XMLStreamException {
        if (!reader.hasNext()) {
            throw new XMLStreamException("unexpected end of " + partName);
        }
        int event = reader.next();
        SecureXml.requireSafe(event, partName);
        return event;
    }

    private boolean isStart(String localName) {
        return reader.isStartElement() && isW(localName);
    }

    private boolean isW(String localName) {
        return WordXml.is(reader, localName);
    }

    private String attribute(String localName) {
        return WordXml.attribute(reader, localName);
    }

    private int intValue(int fallback) {
        String value = attribute("val");
        try {
            return value == null ? fallback : Math.min(Integer.parseInt(value.strip()), 1000);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
