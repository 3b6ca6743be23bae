package cn.jixiao.templates.importer.grid;

/** What the markup of a file says a paragraph is, before its text is looked at. */
public enum ParagraphRole {
    /** Nothing special: the readers decide from the text. */
    CONTENT,
    /** Part of a table of contents: a TOC field's result, a TOC style, a contents control, a _Toc link. */
    TABLE_OF_CONTENTS,
    /** Part of a cover page the file marks as such (Word's "Cover Pages" content control). */
    COVER
}
