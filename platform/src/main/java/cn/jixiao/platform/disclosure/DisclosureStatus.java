package cn.jixiao.platform.disclosure;

/** Where a disclosure stands in its yearly cycle. */
public enum DisclosureStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED
}
