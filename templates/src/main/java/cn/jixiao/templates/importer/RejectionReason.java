package cn.jixiao.templates.importer;

/**
 * Why an upload was refused, with the HTTP status the platform answers with: 415 for a format we do not
 * read, 422 for a readable file whose content is not a disclosure, 400 for a broken or hostile file or
 * one over the limits.
 */
public enum RejectionReason {
    /** Not a zip, not an Office file, not a text export. */
    NOT_AN_OFFICE_FILE(415),
    /** A zip that is not a Word or Excel document (e.g. .pptx, a plain archive). */
    UNSUPPORTED_OFFICE_TYPE(415),
    /** Word 97-2003 binary (.doc). */
    LEGACY_WORD(415),
    /** Excel 97-2003 binary (.xls). */
    LEGACY_EXCEL(415),
    /** An Office file protected by a password (encrypted OLE container). */
    PASSWORD_PROTECTED(422),
    /** The zip ends early: upload interrupted or file cut. */
    TRUNCATED(400),
    /** Damaged zip or XML. */
    CORRUPT(400),
    /** A DOCTYPE (DTD, entity declarations) in the document XML. */
    XML_DOCTYPE(400),
    /** Entry count, uncompressed size or compression ratio over the limits. */
    ZIP_BOMB(400),
    /** File, row, cell, paragraph or text size over the limits. */
    TOO_LARGE(400),
    /** Tables nested deeper than the limit. */
    TABLES_TOO_DEEP(400),
    /** Well-formed XML whose elements nest deeper than any Office file does (an attack on the parser's stack). */
    XML_TOO_DEEP(400),
    /** No text at all. */
    EMPTY_DOCUMENT(422),
    /** Text, but neither Part 1 headings nor any project, indicator or department goal table. */
    NO_RECOGNIZABLE_TABLES(422),
    /** A self-evaluation (绩效自评表: actual values and scores), not a goal table. */
    SELF_EVALUATION(422),
    /** Our own district volume (several departments in one file): import each department's file instead. */
    DISTRICT_VOLUME(422),
    /** The department is neither given nor found in the document. */
    DEPARTMENT_UNKNOWN(422);

    private final int httpStatus;

    RejectionReason(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status the platform answers with (400, 415 or 422). */
    public int httpStatus() {
        return httpStatus;
    }
}
