package cn.jixiao.platform.publish;

import java.util.Arrays;
import java.util.Optional;

/** The publication formats, with their media type and file extension. */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    HTML("text/html;charset=UTF-8", "html");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
