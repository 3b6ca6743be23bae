package cn.jixiao.platform.publish;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered document as an HTTP response, the same for the API and the district's pages. */
final class DocumentResponses {

    private DocumentResponses() {
    }

    /** @throws UnsupportedFormatException for an extension that is not docx, pdf or html */
    static DocumentFormat format(String extension) {
        return DocumentFormat.byExtension(extension).orElseThrow(() -> new UnsupportedFormatException(extension));
    }

    static ResponseEntity<byte[]> download(RenderedDocument document) {
        // HTML is for reading in the browser; DOCX and PDF are files to save
        ContentDisposition disposition = (document.format() == DocumentFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(document.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .eTag("\"" + document.contentKey() + "\"")
                .body(document.bytes());
    }

}
