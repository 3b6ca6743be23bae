package cn.jixiao.templates.render;

import static cn.jixiao.templates.render.Wml.FACTORY;

import cn.jixiao.templates.render.TableModel.Cell;
import cn.jixiao.templates.render.TableModel.Role;
import cn.jixiao.templates.render.TableModel.Slot;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Draws a {@link TableModel} as a Word table: fixed column grid, horizontal spans as gridSpan, row spans as
 * vMerge restart/continue cells, header rows repeated on every page (tblHeader) and rows that never split
 * across pages (cantSplit). Borders and fonts come from the template's table style.
 */
final class DocxTableWriter {

    private DocxTableWriter() {
    }

    static Tbl write(TableModel model) {
        Tbl tbl = FACTORY.createTbl();
        tbl.setTblPr(tableProperties(model));
        tbl.setTblGrid(grid(model));
        List<List<Slot>> rows = model.slots();
        for (int r = 0; r < rows.size(); r++) {
            Tr tr = FACTORY.createTr();
            tr.setTrPr(rowProperties(model.rows().get(r).header()));
            for (Slot slot : rows.get(r)) {
                tr.getContent().add(cell(model, slot));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private static TblPr tableProperties(TableModel model) {
        TblPr tblPr = FACTORY.createTblPr();
        CTTblPrBase.TblStyle style = FACTORY.createCTTblPrBaseTblStyle();
        style.setVal(DocxStyles.TABLE);
        tblPr.setTblStyle(style);
        tblPr.setTblW(width(model.totalWidth()));
        // fixed layout: Word and LibreOffice keep the grid instead of fitting columns to the text
        CTTblLayoutType layout = FACTORY.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(layout);
        org.docx4j.wml.Jc jc = FACTORY.createJc();
        jc.setVal(JcEnumeration.CENTER);
        tblPr.setJc(jc);
        return tblPr;
    }

    private static TblGrid grid(TableModel model) {
        TblGrid grid = FACTORY.createTblGrid();
        for (int width : model.columnWidths()) {
            TblGridCol col = FACTORY.createTblGridCol();
            col.setW(BigInteger.valueOf(width));
            grid.getGridCol().add(col);
        }
        return grid;
    }

    private static TrPr rowProperties(boolean header) {
        TrPr trPr = FACTORY.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(FACTORY.createCTTrPrBaseCantSplit(Wml.on()));
        if (header) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(FACTORY.createCTTrPrBaseTblHeader(Wml.on()));
        }
        return trPr;
    }

    private static Tc cell(TableModel model, Slot slot) {
        Cell cell = slot.cell();
        Tc tc = FACTORY.createTc();
        TcPr tcPr = FACTORY.createTcPr();
        tcPr.setTcW(width(model.width(slot.column(), cell.colSpan())));
        if (cell.colSpan() > 1) {
            TcPrInner.GridSpan span = FACTORY.createTcPrInnerGridSpan();
            span.setVal(BigInteger.valueOf(cell.colSpan()));
            tcPr.setGridSpan(span);
        }
        if (slot.covered()) {
            tcPr.setVMerge(FACTORY.createTcPrInnerVMerge()); // no value: continue the merge above
        } else if (cell.rowSpan() > 1) {
            TcPrInner.VMerge restart = FACTORY.createTcPrInnerVMerge();
            restart.setVal("restart");
            tcPr.setVMerge(restart);
        }
        CTVerticalJc vAlign = FACTORY.createCTVerticalJc();
        vAlign.setVal(STVerticalJc.CENTER);
        tcPr.setVAlign(vAlign);
        tc.setTcPr(tcPr);

        if (slot.covered()) {
            tc.getContent().add(Wml.paragraph(DocxStyles.TABLE_TEXT)); // a cell needs a paragraph
            return tc;
        }
        for (String line : cell.text().split("\n", -1)) {
            P p = Wml.paragraph(DocxStyles.TABLE_TEXT);
            Wml.justify(p, alignment(cell.role()));
            if (!line.isEmpty()) {
                p.getContent().add(cell.role() == Role.COLUMN_HEADER ? Wml.boldRun(line) : Wml.run(line));
            }
            tc.getContent().add(p);
        }
        return tc;
    }

    private static JcEnumeration alignment(Role role) {
        return switch (role) {
            case ROW_LABEL, COLUMN_HEADER, NUMBER -> JcEnumeration.CENTER;
            case TEXT -> JcEnumeration.LEFT; // justified lines lose a hanging "，" in LibreOffice's PDF
            case NOTE -> JcEnumeration.RIGHT;
        };
    }

    private static TblWidth width(int twips) {
        TblWidth width = FACTORY.createTblWidth();
        width.setType(TblWidth.TYPE_DXA);
        width.setW(BigInteger.valueOf(twips));
        return width;
    }
}
