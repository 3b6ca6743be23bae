package cn.jixiao.templates.render;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** Reads a rendered DOCX back with docx4j, the way a person reads it: text in order, tables as grids. */
final class DocxReader {

    private DocxReader() {
    }

    static WordprocessingMLPackage load(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    /** Body content with the table of contents left out. */
    static List<Object> bodyWithoutToc(WordprocessingMLPackage wordPackage) {
        List<Object> body = new ArrayList<>();
        for (Object o : wordPackage.getMainDocumentPart().getContent()) {
            Object value = XmlUtils.unwrap(o);
            if (!(value instanceof SdtBlock sdt && isToc(sdt))) {
                body.add(value);
            }
        }
        return body;
    }

    static SdtBlock toc(WordprocessingMLPackage wordPackage) {
        for (Object o : wordPackage.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof SdtBlock sdt && isToc(sdt)) {
                return sdt;
            }
        }
        return null;
    }

    static boolean isToc(SdtBlock sdt) {
        if (sdt.getSdtPr() == null) {
            return false;
        }
        for (Object o : sdt.getSdtPr().getRPrOrAliasOrLock()) {
            if (XmlUtils.unwrap(o) instanceof CTSdtDocPart part && part.getDocPartGallery() != null
                    && "Table of Contents".equals(part.getDocPartGallery().getVal())) {
                return true;
            }
        }
        return false;
    }

    /** Every paragraph line and every table cell in document order (a cell's paragraphs joined by "\n"). */
    static List<String> units(List<Object> content) {
        List<String> units = new ArrayList<>();
        for (Object o : content) {
            Object value = XmlUtils.unwrap(o);
            if (value instanceof P p) {
                for (String line : text(p).split("\n", -1)) {
                    units.add(line);
                }
            } else if (value instanceof Tbl tbl) {
                for (List<Tc> row : rows(tbl)) {
                    for (Tc tc : row) {
                        units.add(cellText(tc));
                    }
                }
            } else if (value instanceof ContentAccessor accessor) {
                units.addAll(units(accessor.getContent()));
            }
        }
        return units;
    }

    static List<Tbl> tables(List<Object> content) {
        List<Tbl> tables = new ArrayList<>();
        for (Object o : content) {
            if (XmlUtils.unwrap(o) instanceof Tbl tbl) {
                tables.add(tbl);
            }
        }
        return tables;
    }

    static List<List<Tc>> rows(Tbl tbl) {
        List<List<Tc>> rows = new ArrayList<>();
        for (Object o : tbl.getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tr tr) {
                List<Tc> cells = new ArrayList<>();
                for (Object c : tr.getContent()) {
                    if (XmlUtils.unwrap(c) instanceof Tc tc) {
                        cells.add(tc);
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<Tr> trs(Tbl tbl) {
        List<Tr> rows = new ArrayList<>();
        for (Object o : tbl.getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tr tr) {
                rows.add(tr);
            }
        }
        return rows;
    }

    static String cellText(Tc tc) {
        List<String> lines = new ArrayList<>();
        for (Object o : tc.getContent()) {
            if (XmlUtils.unwrap(o) instanceof P p) {
                lines.add(text(p));
            }
        }
        return String.join("\n", lines);
    }

    /** "restart", "continue" or null. */
    static String vMerge(Tc tc) {
        if (tc.getTcPr() == null || tc.getTcPr().getVMerge() == null) {
            return null;
        }
        String val = tc.getTcPr().getVMerge().getVal();
        return val == null ? "continue" : val;
    }

    static int gridSpan(Tc tc) {
        return tc.getTcPr() == null || tc.getTcPr().getGridSpan() == null
                ? 1 : tc.getTcPr().getGridSpan().getVal().intValue();
    }

    /** Text of w:t elements only (not field codes), w:br as "\n", looking into links and fields. */
    static String text(Object container) {
        StringBuilder sb = new StringBuilder();
        collect(container, sb);
        return sb.toString();
    }

    private static void collect(Object o, StringBuilder sb) {
        if (o instanceof JAXBElement<?> element) {
            if (element.getValue() instanceof Text t) {
                if (element.getName().getLocalPart().equals("t")) {
                    sb.append(t.getValue());
                }
                return;
            }
            collect(element.getValue(), sb);
        } else if (o instanceof Br) {
            sb.append('\n');
        } else if (o instanceof R r) {
            r.getContent().forEach(c -> collect(c, sb));
        } else if (o instanceof ContentAccessor accessor) {
            accessor.getContent().forEach(c -> collect(c, sb));
        }
    }
}
