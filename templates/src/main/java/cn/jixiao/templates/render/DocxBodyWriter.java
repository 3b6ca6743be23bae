package cn.jixiao.templates.render;

import static cn.jixiao.templates.render.Wml.FACTORY;

import cn.jixiao.templates.render.DocumentBlock.Heading;
import cn.jixiao.templates.render.DocumentBlock.Paragraph;
import cn.jixiao.templates.render.DocumentBlock.ParagraphKind;
import cn.jixiao.templates.render.DocumentBlock.Table;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;

/**
 * Turns document blocks into Word paragraphs and tables. Headings get Heading1–4 (their outline level feeds the
 * table of contents) and a bookmark the contents link to; the kind of heading sets its alignment.
 */
final class DocxBodyWriter {

    // 三号 (16 pt), the size of section headings and body text in the template
    private static final int HEADING_FONT_TWIPS = 320;

    // the template holds no bookmarks; ids only need to be unique within the document
    private long nextBookmarkId = 1;

    /** Bookmark name of a heading anchor; "_Toc" names are hidden in Word's bookmark list. */
    static String bookmarkName(String anchor) {
        return "_Toc_" + anchor.replaceAll("[^A-Za-z0-9_]", "_");
    }

    List<Object> write(List<DocumentBlock> blocks) {
        List<Object> content = new ArrayList<>();
        for (DocumentBlock block : blocks) {
            if (block instanceof Heading heading) {
                content.add(heading(heading));
            } else if (block instanceof Paragraph paragraph) {
                content.add(paragraph(paragraph));
            } else if (block instanceof Table table) {
                content.add(DocxTableWriter.write(table.model()));
                // keeps adjacent tables apart (Word would join them) and leaves a small gap
                content.add(Wml.paragraph(DocxStyles.TABLE_GAP));
            }
        }
        return content;
    }

    private P heading(Heading heading) {
        P p = Wml.paragraph(DocxStyles.heading(heading.level()));
        switch (heading.kind()) {
            case DEPARTMENT, PART, PROJECT -> Wml.justify(p, JcEnumeration.CENTER);
            case SECTION -> Wml.indentFirstLine(p, 2, HEADING_FONT_TWIPS); // like body text
        }
        if (heading.newPage()) {
            Wml.pageBreakBefore(p);
        }
        long id = nextBookmarkId++;
        p.getContent().add(FACTORY.createPBookmarkStart(Wml.bookmarkStart(id, bookmarkName(heading.anchor()))));
        List<String> lines = heading.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.getContent().add(Wml.lineBreak());
            }
            p.getContent().add(Wml.run(lines.get(i)));
        }
        p.getContent().add(FACTORY.createPBookmarkEnd(Wml.bookmarkEnd(id)));
        return p;
    }

    private static P paragraph(Paragraph paragraph) {
        P p = Wml.paragraph(paragraph.kind() == ParagraphKind.ITEM_TITLE ? DocxStyles.ITEM_TITLE : DocxStyles.BODY);
        if (!paragraph.lead().isEmpty()) {
            p.getContent().add(Wml.boldRun(paragraph.lead()));
        }
        if (!paragraph.text().isEmpty()) {
            p.getContent().add(Wml.run(paragraph.text()));
        }
        return p;
    }
}
