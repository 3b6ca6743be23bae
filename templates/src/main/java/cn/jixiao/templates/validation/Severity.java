package cn.jixiao.templates.validation;

/** How much a finding matters: {@code ERROR} blocks submission, {@code WARNING} is only shown. */
public enum Severity {
    ERROR("错误"), WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Chinese name for messages, e.g. "错误". */
    public String label() {
        return label;
    }
}
