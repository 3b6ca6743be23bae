package cn.jixiao.templates.importer.report;

/** What the importer did with one non-empty paragraph or cell. */
public enum Disposition {
    /** Its text went into one or more fields of the draft. */
    VALUE,
    /** A recognised label, heading or column header: it shaped the reading, its text is not data. */
    LABEL,
    /** Not imported; the entry says why. */
    NOT_MAPPED
}
