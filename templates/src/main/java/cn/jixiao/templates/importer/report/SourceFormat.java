package cn.jixiao.templates.importer.report;

/** The format detected from the file's bytes. */
public enum SourceFormat {
    DOCX("Word文档(.docx)"),
    XLSX("Excel工作簿(.xlsx)"),
    TEXT("纯文本导出");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** Chinese name for messages. */
    public String label() {
        return label;
    }
}
