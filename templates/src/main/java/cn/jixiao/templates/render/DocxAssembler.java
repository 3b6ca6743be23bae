package cn.jixiao.templates.render;

import java.util.List;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.parts.DocPropsCorePart;

/** Fills a template copy: cover, footer, table of contents and body. */
public final class DocxAssembler {

    private DocxAssembler() {
    }

    public static byte[] assemble(Cover cover, List<DocumentBlock> blocks, RenderOptions options) {
        DocxTemplate template = withCover(cover, options);
        template.setText(DocxTemplate.FOOTER, blankToNull(options.footerText()));
        template.replace(DocxTemplate.TOC, List.of(DocxTocWriter.write(DisclosureLayout.headings(blocks))));
        template.replace(DocxTemplate.CONTENT, new DocxBodyWriter().write(blocks));
        setTitle(template, cover.oneLine());
        return template.save();
    }

    /**
     * A document of only the cover and a contents written out in full (no TOC field: its page numbers are
     * known, and LibreOffice's update of the fields must not replace them), e.g. a volume PDF's front matter.
     */
    static byte[] frontMatter(Cover cover, List<?> contents, RenderOptions options) {
        DocxTemplate template = withCover(cover, options);
        template.replace(DocxTemplate.TOC, contents);
        template.dropBody();
        setTitle(template, cover.oneLine());
        return template.save();
    }

    private static DocxTemplate withCover(Cover cover, RenderOptions options) {
        DocxTemplate template = DocxTemplate.load(options.templateVersion());
        template.setText(DocxTemplate.DISTRICT, cover.district());
        template.setText(DocxTemplate.DEPARTMENT, cover.department());
        template.setText(DocxTemplate.TITLE, cover.title());
        template.setLogo(options.logoPng());
        return template;
    }

    private static void setTitle(DocxTemplate template, String title) {
        DocPropsCorePart core = template.wordPackage().getDocPropsCorePart();
        if (core == null) {
            return;
        }
        CoreProperties properties = core.getJaxbElement();
        SimpleLiteral literal = new org.docx4j.docProps.core.dc.elements.ObjectFactory().createSimpleLiteral();
        literal.getContent().add(title);
        properties.setTitle(new org.docx4j.docProps.core.dc.elements.ObjectFactory().createTitle(literal));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
