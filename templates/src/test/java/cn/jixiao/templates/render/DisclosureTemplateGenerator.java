package cn.jixiao.templates.render;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Builds the base template {@code render/disclosure-template-v1.docx}. The checked-in file is this class's
 * output; {@link DisclosureTemplateTest} fails when the two drift apart. To change the look, edit the XML here,
 * bump {@link #VERSION} for anything already published, and regenerate:
 *
 * <pre>mvn -q -pl templates verify -Dtest=DisclosureTemplateGenerator -Djixiao.template.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Layout per GB/T 9704-2012: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; body 仿宋 三号 on a
 * 28 pt line, headings 黑体, tables 宋体 五号, page number "— n —" in 宋体 四号 centred in the footer.
 * Latin text falls back to Times New Roman (SimHei in headings).
 */
class DisclosureTemplateGenerator {

    static final String VERSION = "v1";

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    // 1 mm = 56.7 twips
    private static final String PAGE = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\""
            + " w:footer=\"1247\" w:gutter=\"0\"/>";

    private static final String BODY_FONTS =
            "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋\" w:cs=\"Times New Roman\"/>";
    private static final String HEADING_FONTS =
            "<w:rFonts w:ascii=\"SimHei\" w:hAnsi=\"SimHei\" w:eastAsia=\"黑体\" w:cs=\"Times New Roman\"/>";
    private static final String TABLE_FONTS =
            "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>";

    @Test
    @EnabledIfSystemProperty(named = "jixiao.template.regenerate", matches = "true")
    void regenerate() throws Exception {
        Path target = Path.of("src/main/resources" + DocxTemplate.resourceName(VERSION));
        Files.write(target, generate());
    }

    static byte[] generate() throws Exception {
        WordprocessingMLPackage wordPackage = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
        MainDocumentPart main = wordPackage.getMainDocumentPart();
        main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unwrap(XmlUtils.unmarshalString(styles())));

        FooterPart footer = new FooterPart();
        footer.setJaxbElement((Ftr) XmlUtils.unwrap(XmlUtils.unmarshalString(footer())));
        Relationship footerRel = main.addTargetPart(footer);

        DocumentSettingsPart settings = main.getDocumentSettingsPart();
        if (settings == null) {
            settings = new DocumentSettingsPart();
            main.addTargetPart(settings);
        }
        settings.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(settings())));

        FontTablePart fontTable = main.getFontTablePart();
        if (fontTable == null) {
            fontTable = new FontTablePart();
            main.addTargetPart(fontTable);
        }
        fontTable.setJaxbElement((Fonts) XmlUtils.unwrap(XmlUtils.unmarshalString(fonts())));

        main.setJaxbElement((Document) XmlUtils.unwrap(XmlUtils.unmarshalString(document(footerRel.getId()))));

        wordPackage.addDocPropsCustomPart();
        wordPackage.getDocPropsCustomPart().setProperty(DocxTemplate.VERSION_PROPERTY, VERSION);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wordPackage.save(out);
        return out.toByteArray();
    }

    static String document(String footerRelId) {
        return "<w:document " + W + "><w:body>"
                + placeholder(DocxStyles.COVER_LOGO, DocxTemplate.LOGO)
                + placeholder(DocxStyles.COVER_DISTRICT, DocxTemplate.DISTRICT)
                + placeholder(DocxStyles.COVER_DEPARTMENT, DocxTemplate.DEPARTMENT)
                + placeholder(DocxStyles.COVER_TITLE, DocxTemplate.TITLE)
                + placeholder(DocxStyles.TOC_HEADING, Labels.TOC_TITLE)
                + placeholder(DocxStyles.BODY, DocxTemplate.TOC)
                // ends section 1 (cover and contents): no footer, so no page number there
                + "<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/>" + PAGE + "</w:sectPr></w:pPr></w:p>"
                + placeholder(DocxStyles.BODY, DocxTemplate.CONTENT)
                // the body section numbers its pages from 1
                + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"" + footerRelId + "\"/>"
                + "<w:type w:val=\"nextPage\"/>" + PAGE + "<w:pgNumType w:start=\"1\"/></w:sectPr>"
                + "</w:body></w:document>";
    }

    private static String placeholder(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String footer() {
        return "<w:ftr " + W + ">"
                + "<w:p><w:pPr><w:pStyle w:val=\"" + DocxStyles.FOOTER + "\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>"
                + placeholder(DocxStyles.FOOTER_NOTE, DocxTemplate.FOOTER)
                + "</w:ftr>";
    }

    static String settings() {
        return "<w:settings " + W + ">"
                + "<w:updateFields w:val=\"true\"/>" // Word refreshes the contents' page numbers on open
                + "<w:defaultTabStop w:val=\"420\"/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                + "</w:settings>";
    }

    static String fonts() {
        return "<w:fonts " + W + ">"
                + font("Times New Roman", null, "00", "roman")
                + font("宋体", "SimSun", "86", "auto")
                + font("仿宋", "FangSong", "86", "modern")
                + font("黑体", "SimHei", "86", "modern")
                + font("SimHei", null, "86", "modern")
                + "</w:fonts>";
    }

    private static String font(String name, String altName, String charset, String family) {
        return "<w:font w:name=\"" + name + "\">"
                + (altName == null ? "" : "<w:altName w:val=\"" + altName + "\"/>")
                + "<w:charset w:val=\"" + charset + "\"/><w:family w:val=\"" + family + "\"/></w:font>";
    }

    static String styles() {
        StringBuilder s = new StringBuilder("<w:styles " + W + ">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(BODY_FONTS)
                .append("<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>")
                .append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        // left, not justified: Chinese lines are full either way, and LibreOffice (7.4) drops a "，" that hangs
        // past the margin at the end of a justified line from the PDF
        s.append(paragraphStyle("Normal", "Normal", null, true,
                "<w:widowControl/><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:jc w:val=\"left\"/>", ""));
        s.append(paragraphStyle(DocxStyles.BODY, "Jixiao Body", "Normal", false,
                "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", ""));
        s.append(paragraphStyle(DocxStyles.ITEM_TITLE, "Jixiao Item Title", DocxStyles.BODY, false,
                "<w:keepNext/>", "<w:b/><w:bCs/>"));
        String[] headingSizes = {"36", "32", "32", "32"};
        String[] headingSpacing = {"<w:spacing w:before=\"480\" w:after=\"360\" w:line=\"360\" w:lineRule=\"auto\"/>",
            "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"560\" w:lineRule=\"exact\"/>",
            "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"560\" w:lineRule=\"exact\"/>",
            "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"560\" w:lineRule=\"exact\"/>"};
        for (int level = 1; level <= DocxStyles.MAX_HEADING_LEVEL; level++) {
            s.append(paragraphStyle(DocxStyles.heading(level), "heading " + level, "Normal", false,
                    "<w:keepNext/><w:keepLines/>" + headingSpacing[level - 1]
                            + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    HEADING_FONTS + "<w:sz w:val=\"" + headingSizes[level - 1] + "\"/><w:szCs w:val=\""
                            + headingSizes[level - 1] + "\"/>"));
        }
        for (int level = 1; level <= DocxStyles.MAX_HEADING_LEVEL; level++) {
            s.append(paragraphStyle(DocxStyles.toc(level), "toc " + level, "Normal", false,
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + ProjectTables.TEXT_WIDTH + "\"/></w:tabs>"
                            + "<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"440\" w:lineRule=\"exact\"/>"
                            + "<w:ind w:left=\"" + (level - 1) * 640 + "\"/><w:jc w:val=\"left\"/>",
                    level == 1 ? HEADING_FONTS + "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"
                            : "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"));
        }
        s.append(paragraphStyle(DocxStyles.TOC_HEADING, "TOC Heading", "Normal", false,
                "<w:pageBreakBefore/><w:spacing w:before=\"240\" w:after=\"480\" w:line=\"360\" w:lineRule=\"auto\"/>"
                        + "<w:jc w:val=\"center\"/>",
                HEADING_FONTS + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"));
        s.append(paragraphStyle(DocxStyles.TABLE_TEXT, "Jixiao Table Text", "Normal", false,
                "<w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                TABLE_FONTS + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"));
        s.append(paragraphStyle(DocxStyles.TABLE_GAP, "Jixiao Table Gap", "Normal", false,
                "<w:spacing w:line=\"20\" w:lineRule=\"exact\"/>", "<w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/>"));
        s.append(paragraphStyle(DocxStyles.COVER_LOGO, "Jixiao Cover Logo", "Normal", false,
                "<w:spacing w:before=\"1200\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", ""));
        s.append(paragraphStyle(DocxStyles.COVER_DISTRICT, "Jixiao Cover District", "Normal", false,
                "<w:spacing w:before=\"2400\" w:after=\"480\" w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                HEADING_FONTS + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"));
        s.append(paragraphStyle(DocxStyles.COVER_DEPARTMENT, "Jixiao Cover Department", "Normal", false,
                "<w:spacing w:after=\"480\" w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                HEADING_FONTS + "<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>"));
        s.append(paragraphStyle(DocxStyles.COVER_TITLE, "Jixiao Cover Title", "Normal", false,
                "<w:spacing w:before=\"1440\" w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                HEADING_FONTS + "<w:b/><w:bCs/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>"));
        s.append(paragraphStyle(DocxStyles.FOOTER, "footer", "Normal", false,
                "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                TABLE_FONTS + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"));
        s.append(paragraphStyle(DocxStyles.FOOTER_NOTE, "Jixiao Footer Note", DocxStyles.FOOTER, false, "",
                "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
        s.append("<w:style w:type=\"table\" w:styleId=\"").append(DocxStyles.TABLE).append("\">")
                .append("<w:name w:val=\"Jixiao Table\"/><w:pPr><w:spacing w:line=\"300\" w:lineRule=\"auto\"/></w:pPr>")
                .append("<w:tblPr><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            s.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        s.append("</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("</w:tblPr></w:style>");
        s.append("</w:styles>");
        return s.toString();
    }

    private static String paragraphStyle(String id, String name, String basedOn, boolean isDefault, String pPr,
            String rPr) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/>"
                + "<w:pPr>" + pPr + "</w:pPr>"
                + "<w:rPr>" + rPr + "</w:rPr></w:style>";
    }
}
