package cn.jixiao.infra.disclosure;

/** disclosure.status: where a disclosure stands in its yearly cycle. */
public enum DisclosureStatus {
    DRAFT("草稿"), SUBMITTED("待审核"), APPROVED("已审核"), PUBLISHED("已公开");

    private final String label;

    DisclosureStatus(String label) {
        this.label = label;
    }

    /** The status as users read it (zh-CN). */
    public String label() {
        return label;
    }
}
