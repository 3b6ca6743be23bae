package cn.jixiao.templates.diff.view;

import static cn.jixiao.templates.render.Wml.FACTORY;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.finders.ClassFinder;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Color;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

import cn.jixiao.templates.diff.view.ViewNode.Grid;
import cn.jixiao.templates.diff.view.ViewNode.Para;
import cn.jixiao.templates.diff.view.ViewNode.Section;
import cn.jixiao.templates.render.DocumentBlock;
import cn.jixiao.templates.render.DocumentBlock.Heading;
import cn.jixiao.templates.render.DocumentBlock.HeadingKind;
import cn.jixiao.templates.render.DocumentBlock.ParagraphKind;
import cn.jixiao.templates.render.DocxAssembler;
import cn.jixiao.templates.render.DocxTemplate;
import cn.jixiao.templates.render.RenderException;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.render.Wml;

/**
 * Writes a diff page as a Word document with the disclosure's base template: the page becomes document blocks
 * (headings, paragraphs, tables) that {@link DocxAssembler} puts under the cover and the table of contents, as
 * for a disclosure; then the marked texts, carried as {@link RichTokens}, are set as runs: insertions underlined
 * in green, deletions struck through in red, flags bold red.
 */
final class DocxDiffWriter {

    private static final String INSERTED_COLOR = "0B6E2E";
    private static final String DELETED_COLOR = "B00020";
    private static final int PROJECT_LEVEL = 3;

    private final RichTokens tokens = new RichTokens();
    private final List<DocumentBlock> blocks = new ArrayList<>();

    private DocxDiffWriter() {}

    static byte[] write(DiffPage page, RenderOptions options) {
        DocxDiffWriter writer = new DocxDiffWriter();
        page.content().forEach(node -> writer.add(node, 1));
        byte[] docx = DocxAssembler.assemble(page.cover(), writer.blocks, options);
        return writer.tokens.isEmpty() ? docx : writer.setRichRuns(docx);
    }

    private void add(ViewNode node, int level) {
        if (node instanceof Section section) {
            // the third level (one project) centred as in a disclosure, the levels above set like its sections
            HeadingKind kind = level >= PROJECT_LEVEL ? HeadingKind.PROJECT : HeadingKind.SECTION;
            blocks.add(new Heading(level, kind, List.of(section.title()), section.anchor(), false));
            section.content().forEach(child -> add(child, level + 1));
        } else if (node instanceof Para para) {
            blocks.add(new DocumentBlock.Paragraph("", tokens.text(para.text()), ParagraphKind.BODY));
        } else if (node instanceof Grid grid) {
            if (grid.titled()) {
                // Word has no caption of its own here; a bold line kept with the table names it
                blocks.add(new DocumentBlock.Paragraph("", grid.caption(), ParagraphKind.ITEM_TITLE));
            }
            blocks.add(new DocumentBlock.Table(grid.toModel(tokens::text)));
        }
    }

    /** Replaces each paragraph that holds a token with the runs of its rich text. */
    private byte[] setRichRuns(byte[] docx) {
        try {
            WordprocessingMLPackage wordPackage = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            ClassFinder finder = new ClassFinder(P.class);
            new TraversalUtil(wordPackage.getMainDocumentPart().getContent(), finder);
            for (Object o : finder.results) {
                P p = (P) o;
                Rich rich = tokens.lookup(DocxTemplate.textOf(p));
                if (rich != null) {
                    p.getContent().clear();
                    p.getContent().addAll(runs(rich));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wordPackage.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new RenderException("无法生成变化说明文档 / cannot build the changes report", e);
        }
    }

    private static List<R> runs(Rich rich) {
        List<R> runs = new ArrayList<>();
        for (Rich.Span span : rich.spans()) {
            String[] lines = span.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    runs.add(Wml.lineBreak());
                }
                if (!lines[i].isEmpty()) {
                    R run = Wml.run(lines[i]);
                    run.setRPr(properties(span.mark()));
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    private static RPr properties(Rich.Mark mark) {
        RPr rPr = FACTORY.createRPr();
        switch (mark) {
            case PLAIN, LINK -> {
                return null;
            }
            case STRONG -> bold(rPr);
            case FLAG -> {
                bold(rPr);
                rPr.setColor(color(DELETED_COLOR));
            }
            case INSERTED -> {
                U underline = FACTORY.createU();
                underline.setVal(UnderlineEnumeration.SINGLE);
                rPr.setU(underline);
                rPr.setColor(color(INSERTED_COLOR));
            }
            case DELETED -> {
                rPr.setStrike(Wml.on());
                rPr.setColor(color(DELETED_COLOR));
            }
        }
        return rPr;
    }

    private static void bold(RPr rPr) {
        rPr.setB(Wml.on());
        rPr.setBCs(Wml.on());
    }

    private static Color color(String hex) {
        Color color = FACTORY.createColor();
        color.setVal(hex);
        return color;
    }
}
