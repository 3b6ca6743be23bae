package cn.jixiao.templates.render;

import static cn.jixiao.templates.render.Wml.FACTORY;

import cn.jixiao.templates.render.DocumentBlock.Heading;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.CTSdtDocPart;
import org.docx4j.wml.P;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtPr;

/**
 * A table of contents as Word writes one: a TOC field inside a "Table of Contents" content control. The field's
 * result is filled in with one linked entry per heading, so readers that do not update fields still list the
 * headings; page numbers are PAGEREF fields that Word fills in when it updates fields on open (settings.xml
 * updateFields) and {@link PdfRenderer} fills in before exporting.
 */
final class DocxTocWriter {

    private DocxTocWriter() {
    }

    static SdtBlock write(List<Heading> headings) {
        int depth = headings.stream().mapToInt(Heading::level).max().orElse(1);
        String instruction = "TOC \\o \"1-" + Math.min(depth, DocxStyles.MAX_HEADING_LEVEL) + "\" \\h \\z \\u";

        List<P> entries = new ArrayList<>();
        for (Heading heading : headings) {
            entries.add(entry(heading));
        }
        if (entries.isEmpty()) {
            entries.add(Wml.paragraph(DocxStyles.toc(1)));
        }
        P first = entries.get(0);
        first.getContent().addAll(0, List.of(
                Wml.fieldChar(STFldCharType.BEGIN), Wml.instruction(instruction), Wml.fieldChar(STFldCharType.SEPARATE)));
        entries.get(entries.size() - 1).getContent().add(Wml.fieldChar(STFldCharType.END));

        SdtBlock sdt = FACTORY.createSdtBlock();
        SdtPr sdtPr = FACTORY.createSdtPr();
        CTSdtDocPart docPart = FACTORY.createCTSdtDocPart();
        CTSdtDocPart.DocPartGallery gallery = FACTORY.createCTSdtDocPartDocPartGallery();
        gallery.setVal("Table of Contents");
        docPart.setDocPartGallery(gallery);
        docPart.setDocPartUnique(Wml.on());
        sdtPr.getRPrOrAliasOrLock().add(FACTORY.createSdtPrDocPartObj(docPart));
        sdt.setSdtPr(sdtPr);
        SdtContentBlock content = FACTORY.createSdtContentBlock();
        content.getContent().addAll(entries);
        sdt.setSdtContent(content);
        return sdt;
    }

    /** A contents whose page numbers are already known: plain entries, no field, no links. */
    static List<P> writeKnown(List<ContentsEntry> entries) {
        List<P> paragraphs = new ArrayList<>();
        for (ContentsEntry entry : entries) {
            P p = Wml.paragraph(DocxStyles.toc(entry.level()));
            p.getContent().add(Wml.run(entry.title()));
            p.getContent().add(Wml.tab());
            p.getContent().add(Wml.run(entry.pageLabel()));
            paragraphs.add(p);
        }
        return paragraphs;
    }

    private static P entry(Heading heading) {
        P p = Wml.paragraph(DocxStyles.toc(heading.level()));
        P.Hyperlink link = FACTORY.createPHyperlink();
        String bookmark = DocxBodyWriter.bookmarkName(heading.anchor());
        link.setAnchor(bookmark);
        link.setHistory(true);
        link.getContent().add(Wml.run(heading.text()));
        link.getContent().add(Wml.tab());
        // the page number is unknown until the document is laid out; updating the field fills it in
        link.getContent().add(Wml.fieldChar(STFldCharType.BEGIN));
        link.getContent().add(Wml.instruction("PAGEREF " + bookmark + " \\h"));
        link.getContent().add(Wml.fieldChar(STFldCharType.SEPARATE));
        link.getContent().add(Wml.fieldChar(STFldCharType.END));
        p.getContent().add(FACTORY.createPHyperlink(link));
        return p;
    }
}
