package cn.jixiao.templates.render;

import static cn.jixiao.templates.render.Wml.FACTORY;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.docProps.custom.Properties;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;
import jakarta.xml.bind.JAXBElement;

/**
 * A versioned base document, {@code render/disclosure-template-<version>.docx}: styles, page setup, the cover
 * with placeholders, the footer with the page number, and markers where the contents and the body go.
 * Placeholders are paragraphs whose whole text is the placeholder, e.g. "${title}".
 */
public final class DocxTemplate {

    static final String DISTRICT = "${district}";
    static final String DEPARTMENT = "${department}";
    static final String TITLE = "${title}";
    static final String LOGO = "${logo}";
    static final String TOC = "${toc}";
    static final String CONTENT = "${content}";
    static final String FOOTER = "${footer}";

    /** Custom document property naming the template version; kept in every rendered document. */
    static final String VERSION_PROPERTY = "JixiaoTemplateVersion";

    // logo height on the cover, in EMU (2.5 cm); the width follows the image's aspect ratio
    private static final long LOGO_HEIGHT_EMU = 900_000L;
    private static final long LOGO_MAX_WIDTH_EMU = 5_400_000L;

    private final WordprocessingMLPackage wordPackage;

    private DocxTemplate(WordprocessingMLPackage wordPackage) {
        this.wordPackage = wordPackage;
    }

    static String resourceName(String version) {
        return "/render/disclosure-template-" + version + ".docx";
    }

    /** Loads a fresh copy of the template; each rendering fills its own copy. */
    static DocxTemplate load(String version) {
        String resource = resourceName(version);
        try (InputStream in = DocxTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RenderException("没有版本为 " + version + " 的文档模板 / no document template version " + version
                        + " (" + resource + ")");
            }
            WordprocessingMLPackage wordPackage = WordprocessingMLPackage.load(in);
            Properties.Property property = wordPackage.getDocPropsCustomPart() == null
                    ? null : wordPackage.getDocPropsCustomPart().getProperty(VERSION_PROPERTY);
            if (property == null || !version.equals(property.getLpwstr())) {
                throw new RenderException("模板 " + resource + " 的版本属性不是 " + version
                        + " / template " + resource + " does not declare version " + version);
            }
            return new DocxTemplate(wordPackage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Docx4JException e) {
            throw new RenderException("无法读取文档模板 / cannot read template " + resource, e);
        }
    }

    WordprocessingMLPackage wordPackage() {
        return wordPackage;
    }

    /** Sets a placeholder paragraph's text ("\n" breaks the line); {@code null} removes the paragraph. */
    void setText(String placeholder, String text) {
        for (ContentAccessor container : containers()) {
            List<Object> content = container.getContent();
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i) instanceof P p && placeholder.equals(textOf(p))) {
                    if (text == null) {
                        content.remove(i--);
                    } else {
                        replaceRuns(p, text);
                    }
                }
            }
        }
    }

    /** Replaces the body's placeholder paragraph with {@code replacement}. */
    void replace(String placeholder, List<?> replacement) {
        List<Object> body = wordPackage.getMainDocumentPart().getContent();
        int index = indexOf(body, placeholder);
        if (index < 0) {
            throw new RenderException("模板缺少占位符 " + placeholder + " / template lacks placeholder " + placeholder);
        }
        body.remove(index);
        body.addAll(index, replacement);
    }

    /** Puts a PNG into the logo placeholder, or removes the placeholder when there is none. */
    void setLogo(byte[] png) {
        if (png == null) {
            setText(LOGO, null);
            return;
        }
        List<Object> body = wordPackage.getMainDocumentPart().getContent();
        int index = indexOf(body, LOGO);
        if (index < 0) {
            return; // a template without a logo slot ignores the logo
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new RenderException("徽标不是可读的 PNG 图片 / logo is not a readable PNG image");
            }
            long width = LOGO_HEIGHT_EMU * image.getWidth() / image.getHeight();
            long height = LOGO_HEIGHT_EMU;
            if (width > LOGO_MAX_WIDTH_EMU) {
                height = height * LOGO_MAX_WIDTH_EMU / width;
                width = LOGO_MAX_WIDTH_EMU;
            }
            BinaryPartAbstractImage imagePart = BinaryPartAbstractImage.createImagePart(wordPackage, png);
            Inline inline = imagePart.createImageInline("logo.png", "徽标", 1, 2, width, height, false);
            Drawing drawing = FACTORY.createDrawing();
            drawing.getAnchorOrInline().add(inline);
            R run = FACTORY.createR();
            run.getContent().add(drawing);
            P p = (P) body.get(index);
            p.getContent().clear();
            p.getContent().add(run);
        } catch (RenderException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderException("无法插入徽标 / cannot insert the logo", e);
        }
    }

    /**
     * Keeps only the cover and the contents (section 1): removes the body placeholder, the section break before
     * it and the body section's footer and numbering, so no empty numbered page follows the contents.
     */
    void dropBody() {
        List<Object> body = wordPackage.getMainDocumentPart().getContent();
        int index = indexOf(body, CONTENT);
        if (index < 0) {
            throw new RenderException("模板缺少占位符 " + CONTENT + " / template lacks placeholder " + CONTENT);
        }
        body.remove(index);
        if (index > 0 && body.get(index - 1) instanceof P p && p.getPPr() != null && p.getPPr().getSectPr() != null) {
            body.remove(index - 1);
        }
        SectPr last = wordPackage.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        if (last != null) {
            last.getEGHdrFtrReferences().clear();
            last.setPgNumType(null);
        }
    }

    byte[] save() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wordPackage.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new RenderException("无法保存 DOCX / cannot save the DOCX", e);
        }
    }

    /** The main document body and every footer: the places placeholders may sit. */
    private List<ContentAccessor> containers() {
        List<ContentAccessor> containers = new ArrayList<>();
        containers.add(wordPackage.getMainDocumentPart());
        for (Part part : wordPackage.getParts().getParts().values()) {
            if (part instanceof FooterPart footer) {
                containers.add(footer);
            }
        }
        return containers;
    }

    private static int indexOf(List<Object> content, String placeholder) {
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) instanceof P p && placeholder.equals(textOf(p))) {
                return i;
            }
        }
        return -1;
    }

    /** Text of a paragraph's direct runs; placeholders never sit inside fields or links. */
    public static String textOf(P p) {
        StringBuilder sb = new StringBuilder();
        for (Object o : p.getContent()) {
            if (o instanceof R r) {
                for (Object c : r.getContent()) {
                    Object value = c instanceof JAXBElement<?> e ? e.getValue() : c;
                    if (value instanceof Text t) {
                        sb.append(t.getValue());
                    }
                }
            }
        }
        return sb.toString().strip();
    }

    /** Keeps the first run's formatting, drops the other runs, writes the lines with breaks between. */
    private static void replaceRuns(P p, String text) {
        R model = null;
        for (Object o : p.getContent()) {
            if (o instanceof R r) {
                model = r;
                break;
            }
        }
        p.getContent().removeIf(o -> o instanceof R);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.getContent().add(Wml.lineBreak());
            }
            R run = Wml.run(lines[i]);
            if (model != null) {
                run.setRPr(model.getRPr());
            }
            p.getContent().add(run);
        }
    }
}
