package cn.jixiao.templates.render;

import java.math.BigInteger;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Text;

/** Small builders for WordprocessingML objects, so the writers read as document structure. */
public final class Wml {

    public static final ObjectFactory FACTORY = Context.getWmlObjectFactory();

    private Wml() {
    }

    /** An empty paragraph of the given style. */
    static P paragraph(String styleId) {
        P p = FACTORY.createP();
        PPr pPr = FACTORY.createPPr();
        PPrBase.PStyle style = FACTORY.createPPrBasePStyle();
        style.setVal(styleId);
        pPr.setPStyle(style);
        p.setPPr(pPr);
        return p;
    }

    static void justify(P p, JcEnumeration alignment) {
        Jc jc = FACTORY.createJc();
        jc.setVal(alignment);
        p.getPPr().setJc(jc);
    }

    /** First-line indent in characters of {@code fontTwips} width, as Chinese body text is set (two characters). */
    static void indentFirstLine(P p, int characters, int fontTwips) {
        PPrBase.Ind ind = FACTORY.createPPrBaseInd();
        ind.setFirstLineChars(BigInteger.valueOf(characters * 100L));
        ind.setFirstLine(BigInteger.valueOf((long) characters * fontTwips)); // for readers that ignore *Chars
        p.getPPr().setInd(ind);
    }

    static void pageBreakBefore(P p) {
        p.getPPr().setPageBreakBefore(on());
    }

    /** A run of text; spaces are kept as written. */
    public static R run(String text) {
        R r = FACTORY.createR();
        Text t = FACTORY.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(FACTORY.createRT(t));
        return r;
    }

    static R boldRun(String text) {
        R r = run(text);
        RPr rPr = FACTORY.createRPr();
        rPr.setB(on());
        rPr.setBCs(on());
        r.setRPr(rPr);
        return r;
    }

    static R tab() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRTab(FACTORY.createRTab()));
        return r;
    }

    public static R lineBreak() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createBr());
        return r;
    }

    static R fieldChar(STFldCharType type) {
        FldChar fldChar = FACTORY.createFldChar();
        fldChar.setFldCharType(type);
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRFldChar(fldChar));
        return r;
    }

    static R instruction(String code) {
        Text t = FACTORY.createText();
        t.setValue(" " + code + " ");
        t.setSpace("preserve");
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRInstrText(t));
        return r;
    }

    static CTBookmark bookmarkStart(long id, String name) {
        CTBookmark start = FACTORY.createCTBookmark();
        start.setId(BigInteger.valueOf(id));
        start.setName(name);
        return start;
    }

    static CTMarkupRange bookmarkEnd(long id) {
        CTMarkupRange end = FACTORY.createCTMarkupRange();
        end.setId(BigInteger.valueOf(id));
        return end;
    }

    public static BooleanDefaultTrue on() {
        return FACTORY.createBooleanDefaultTrue();
    }
}
