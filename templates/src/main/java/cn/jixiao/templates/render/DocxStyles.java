package cn.jixiao.templates.render;

/**
 * Style ids of the base template. The template defines the look (fonts, sizes, spacing); the writers only
 * name these ids, so a new template version can restyle a document without code.
 */
final class DocxStyles {

    static final String BODY = "JxBody";
    static final String ITEM_TITLE = "JxItemTitle";
    static final String TABLE_TEXT = "JxTableText";
    static final String TABLE_GAP = "JxTableGap";
    static final String TOC_HEADING = "JxTocHeading";
    static final String COVER_LOGO = "JxCoverLogo";
    static final String COVER_DISTRICT = "JxCoverDistrict";
    static final String COVER_DEPARTMENT = "JxCoverDepartment";
    static final String COVER_TITLE = "JxCoverTitle";
    static final String FOOTER = "Footer";
    static final String FOOTER_NOTE = "JxFooterNote";
    static final String TABLE = "JxTable";

    /** Headings 1–4 carry the outline levels the table of contents is built from. */
    static final int MAX_HEADING_LEVEL = 4;

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + Math.min(level, MAX_HEADING_LEVEL);
    }

    static String toc(int level) {
        return "TOC" + Math.min(level, MAX_HEADING_LEVEL);
    }
}
