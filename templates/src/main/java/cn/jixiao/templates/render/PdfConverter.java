package cn.jixiao.templates.render;

import java.time.Duration;

/**
 * Turns a DOCX made by this package into PDF with the table of contents filled in. Two implementations: a
 * fresh LibreOffice per call ({@link #oneShot}) and {@link OfficePool}, long-lived LibreOffice processes.
 */
public interface PdfConverter {

    /**
     * @throws SofficeNotFoundException if LibreOffice is not installed
     * @throws RenderException          if the conversion fails or times out
     */
    byte[] convert(byte[] docx);

    /** A LibreOffice process started for each conversion (1.5–2 s of start-up each); no state between calls. */
    static PdfConverter oneShot(String sofficeCommand, Duration timeout) {
        return new LibreOfficeConverter(sofficeCommand, timeout);
    }
}
