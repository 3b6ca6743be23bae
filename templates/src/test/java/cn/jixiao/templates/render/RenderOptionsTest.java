package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.junit.jupiter.api.Test;

/** A tenant's title, footer line and logo change the document without code; bad options are refused. */
class RenderOptionsTest {

    @Test
    void titleOverrideFooterTextAndLogoAppearInTheDocx() throws Exception {
        RenderOptions options = RenderOptions.defaults()
                .withTitleOverride("2025年度部门预算\n绩效目标公开")
                .withFooterText("唐山市路南区财政局 发布")
                .withLogoPng(TestImages.png());

        byte[] docx = new DocxRenderer().render(Seed.DISTRICT, Seed.disclosure(), options);
        Seed.output("seed-overrides.docx", docx);
        WordprocessingMLPackage document = DocxReader.load(docx);

        List<String> units = DocxReader.units(DocxReader.bodyWithoutToc(document));
        assertThat(units.stream().filter(u -> !u.isBlank()).limit(4)).containsExactly("唐山市路南区", Seed.DEPARTMENT_NAME, "2025年度部门预算", "绩效目标公开");
        assertThat(units).doesNotContain("2025年度预算绩效目标");
        String footers = "";
        long images = 0;
        for (Part part : document.getParts().getParts().values()) {
            if (part instanceof FooterPart footer) {
                footers += XmlUtils.marshaltoString(footer.getJaxbElement());
            }
            if (part instanceof BinaryPartAbstractImage) {
                images++;
            }
        }
        assertThat(footers).contains("唐山市路南区财政局 发布").doesNotContain("${");
        assertThat(images).isEqualTo(1);
        assertThat(XmlUtils.marshaltoString(document.getMainDocumentPart().getJaxbElement())).contains("<wp:inline");
    }

    @Test
    void withoutOverridesTheFooterNoteAndLogoSlotAreRemoved() throws Exception {
        WordprocessingMLPackage document = DocxReader.load(
                new DocxRenderer().render(Seed.DISTRICT, Seed.disclosure(), RenderOptions.defaults()));

        for (Part part : document.getParts().getParts().values()) {
            if (part instanceof FooterPart footer) {
                assertThat(DocxReader.text(footer)).isEqualTo("— 1 —"); // the PAGE field's cached result
            }
            assertThat(part).isNotInstanceOf(BinaryPartAbstractImage.class);
        }
    }

    @Test
    void unknownTemplateVersionIsRefused() {
        RenderOptions options = new RenderOptions(null, null, null, "v999");

        assertThatThrownBy(() -> new DocxRenderer().render(Seed.DISTRICT, Seed.disclosure(), options))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("v999");
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> new RenderOptions(null, null, null, "../secret"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RenderOptions.defaults().withLogoPng(new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PNG");
    }

    @Test
    void optionsCompareByContentAndDoNotShareTheLogo() {
        byte[] png = TestImages.png();
        RenderOptions a = RenderOptions.defaults().withLogoPng(png);
        RenderOptions b = RenderOptions.defaults().withLogoPng(png.clone());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        png[20] ^= 1;
        assertThat(a.logoPng()).isEqualTo(b.logoPng());
        assertThat(a.templateVersion()).isEqualTo("v1");
    }
}
