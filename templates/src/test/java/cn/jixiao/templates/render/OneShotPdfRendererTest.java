package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The seed through a LibreOffice process started for the one conversion (the macro refreshes the contents). */
class OneShotPdfRendererTest extends PdfRendererTest {

    @Override
    PdfRenderer renderer() {
        return new PdfRenderer();
    }

    @Override
    String fileName() {
        return "seed.pdf";
    }

    @Test
    void missingSofficeNamesThePackagesToInstall() {
        PdfRenderer renderer = new PdfRenderer("/nonexistent/soffice", Duration.ofSeconds(5));

        assertThatThrownBy(() -> renderer.render(Seed.DISTRICT, Seed.disclosure(), RenderOptions.defaults()))
                .isInstanceOf(SofficeNotFoundException.class)
                .hasMessageContaining("未找到 LibreOffice")
                .hasMessageContaining("not found")
                .hasMessageContaining("libreoffice-writer-nogui fonts-noto-cjk");
        assertThatThrownBy(() -> new PdfRenderer("no-such-soffice-here", Duration.ofSeconds(5)).convert(new byte[0]))
                .isInstanceOf(SofficeNotFoundException.class);
    }

}
