package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import java.time.Duration;
import java.util.Objects;

/**
 * Renders a disclosure as PDF: the {@link DocxRenderer} document converted by LibreOffice headless, with the
 * table of contents' page numbers filled in and every font embedded. Needs the Debian packages
 * {@code libreoffice-writer-nogui fonts-noto-cjk}; without {@code soffice} it throws
 * {@link SofficeNotFoundException}. The conversion is a {@link PdfConverter}: by default a LibreOffice process of
 * its own per call, or an {@link OfficePool} of long-lived processes.
 */
public final class PdfRenderer {

    /** How long one conversion may take before LibreOffice is stopped. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private final DocxRenderer docxRenderer = new DocxRenderer();
    private final PdfConverter converter;

    /** Uses {@code soffice} from PATH and {@link #DEFAULT_TIMEOUT}. */
    public PdfRenderer() {
        this("soffice", DEFAULT_TIMEOUT);
    }

    /**
     * @param sofficeCommand the soffice executable: a name looked up on PATH or a path
     * @param timeout        limit for each LibreOffice run
     */
    public PdfRenderer(String sofficeCommand, Duration timeout) {
        Objects.requireNonNull(sofficeCommand, "sofficeCommand");
        Objects.requireNonNull(timeout, "timeout");
        this.converter = PdfConverter.oneShot(sofficeCommand, timeout);
    }

    /** Converts through the given converter, e.g. an {@link OfficePool} (whose lifecycle stays the caller's). */
    public PdfRenderer(PdfConverter converter) {
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /**
     * @return the PDF file's bytes
     * @throws SofficeNotFoundException if LibreOffice is not installed
     * @throws RenderException          if the conversion fails or times out
     */
    public byte[] render(District district, Disclosure disclosure, RenderOptions options) {
        return convert(docxRenderer.render(district, disclosure, options));
    }

    /** Converts a DOCX made by this package (e.g. a {@link DistrictVolumeRenderer} volume) to PDF. */
    public byte[] convert(byte[] docx) {
        Objects.requireNonNull(docx, "docx");
        return converter.convert(docx);
    }
}
