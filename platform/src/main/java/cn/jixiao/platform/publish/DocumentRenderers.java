package cn.jixiao.platform.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.DepartmentPdf;
import cn.jixiao.templates.render.DistrictVolumePdf;
import cn.jixiao.templates.render.DistrictVolumeRenderer;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.HtmlRenderer;
import cn.jixiao.templates.render.PdfConverter;
import cn.jixiao.templates.render.RenderOptions;

/** The templates library's engines, one call per format. PDF is converted from the DOCX so both look alike. */
@Component
class DocumentRenderers {

    private final DocxRenderer docx = new DocxRenderer();
    private final HtmlRenderer html = new HtmlRenderer();
    private final DistrictVolumeRenderer volume = new DistrictVolumeRenderer();
    private final PdfConverter pdf;
    private final DistrictVolumePdf volumePdf;
    private final RenderMetrics metrics;
    /** Renderings done by this instance; lets tests prove that a cached document is not rendered again. */
    final java.util.concurrent.atomic.AtomicLong renderings = new java.util.concurrent.atomic.AtomicLong();

    DocumentRenderers(PdfConverter pdf, RenderMetrics metrics) {
        this.pdf = pdf;
        this.volumePdf = new DistrictVolumePdf(pdf);
        this.metrics = metrics;
    }

    byte[] department(District district, Disclosure disclosure, RenderOptions options, DocumentFormat format, byte[] docxIfKnown) {
        renderings.incrementAndGet();
        return metrics.time(format, "department", () -> switch (format) {
            case DOCX -> docx.render(district, disclosure, options);
            case HTML -> html.render(district, disclosure, options, HtmlRenderer.Mode.DOCUMENT).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.convert(docxIfKnown != null ? docxIfKnown : docx.render(district, disclosure, options));
        });
    }

    /** The disclosure as an {@code <article>} to embed in a page (not stored: cheap to render). */
    String fragment(District district, Disclosure disclosure, RenderOptions options) {
        return html.render(district, disclosure, options, HtmlRenderer.Mode.FRAGMENT);
    }

    /** The volume as DOCX or HTML; its PDF is {@link #volumePdf}, bound from the department PDFs. */
    byte[] volume(District district, int fiscalYear, List<Disclosure> disclosures, RenderOptions options, DocumentFormat format) {
        renderings.incrementAndGet();
        return metrics.time(format, "volume", () -> switch (format) {
            case DOCX -> volume.renderDocx(district, fiscalYear, disclosures, options);
            case HTML -> volume.renderHtml(district, fiscalYear, disclosures, options, HtmlRenderer.Mode.DOCUMENT)
                    .getBytes(StandardCharsets.UTF_8);
            case PDF -> throw new IllegalArgumentException("the volume PDF is bound from the department PDFs: volumePdf");
        });
    }

    /** The volume PDF: a cover and contents (one small conversion) in front of the departments' own PDFs. */
    byte[] volumePdf(District district, int fiscalYear, List<DepartmentPdf> departments, RenderOptions options) {
        renderings.incrementAndGet();
        return metrics.time(DocumentFormat.PDF, "volume", () -> volumePdf.assemble(district, fiscalYear, departments, options));
    }
}
