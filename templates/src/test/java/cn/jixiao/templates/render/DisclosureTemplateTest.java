package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.junit.jupiter.api.Test;

/** The checked-in base template is what {@link DisclosureTemplateGenerator} makes, and carries what renderers need. */
class DisclosureTemplateTest {

    @Test
    void checkedInTemplateIsTheGeneratorsOutput() throws Exception {
        WordprocessingMLPackage checkedIn = load(DocxTemplate.class.getResourceAsStream(
                DocxTemplate.resourceName(DisclosureTemplateGenerator.VERSION)));
        WordprocessingMLPackage generated = DocxReader.load(DisclosureTemplateGenerator.generate());

        assertThat(xml(checkedIn.getMainDocumentPart().getJaxbElement()))
                .as("document.xml; regenerate with DisclosureTemplateGenerator")
                .isEqualTo(xml(generated.getMainDocumentPart().getJaxbElement()));
        assertThat(xml(checkedIn.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement()))
                .as("styles.xml").isEqualTo(xml(generated.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement()));
        assertThat(xml(footer(checkedIn).getJaxbElement())).as("footer")
                .isEqualTo(xml(footer(generated).getJaxbElement()));
        assertThat(xml(checkedIn.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement())).as("settings")
                .isEqualTo(xml(generated.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement()));
    }

    @Test
    void templateHasEveryPlaceholderAndItsVersion() throws Exception {
        WordprocessingMLPackage template = load(DocxTemplate.class.getResourceAsStream(
                DocxTemplate.resourceName(RenderOptions.DEFAULT_TEMPLATE_VERSION)));

        String body = xml(template.getMainDocumentPart().getJaxbElement());
        assertThat(body).contains(DocxTemplate.LOGO, DocxTemplate.DISTRICT, DocxTemplate.DEPARTMENT, DocxTemplate.TITLE,
                DocxTemplate.TOC, DocxTemplate.CONTENT);
        assertThat(xml(footer(template).getJaxbElement())).contains(DocxTemplate.FOOTER, "PAGE");
        assertThat(template.getDocPropsCustomPart().getProperty(DocxTemplate.VERSION_PROPERTY).getLpwstr())
                .isEqualTo(RenderOptions.DEFAULT_TEMPLATE_VERSION);
        for (int level = 1; level <= DocxStyles.MAX_HEADING_LEVEL; level++) {
            assertThat(template.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(DocxStyles.heading(level)))
                    .isNotNull();
            assertThat(template.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(DocxStyles.toc(level)))
                    .isNotNull();
        }
    }

    private static WordprocessingMLPackage load(InputStream in) throws Exception {
        try (in) {
            return WordprocessingMLPackage.load(in);
        }
    }

    private static FooterPart footer(WordprocessingMLPackage wordPackage) {
        for (Part part : wordPackage.getParts().getParts().values()) {
            if (part instanceof FooterPart footer) {
                return footer;
            }
        }
        throw new AssertionError("no footer part");
    }

    private static String xml(Object jaxbElement) {
        return XmlUtils.marshaltoString(jaxbElement);
    }
}
