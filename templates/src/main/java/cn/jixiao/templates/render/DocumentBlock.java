package cn.jixiao.templates.render;

import java.util.List;
import java.util.Objects;

/** One piece of a disclosure's body in reading order; each output format draws these the same way. */
public sealed interface DocumentBlock {

    /** What a heading titles; it decides the look, the level decides the outline. */
    enum HeadingKind { DEPARTMENT, PART, SECTION, PROJECT }

    /**
     * A heading that goes into the table of contents.
     *
     * @param level   1 for the top level of this document
     * @param kind    what it titles
     * @param lines   heading text, one element per line ("第一部分", "部门整体绩效目标")
     * @param anchor  unique id for links from the table of contents
     * @param newPage whether it starts a new page
     */
    record Heading(int level, HeadingKind kind, List<String> lines, String anchor, boolean newPage)
            implements DocumentBlock {
        public Heading {
            Objects.requireNonNull(kind, "kind");
            lines = List.copyOf(lines);
            Objects.requireNonNull(anchor, "anchor");
        }

        /** The heading on one line, as the table of contents shows it. */
        String text() {
            return String.join("　", lines);
        }
    }

    /** How a paragraph is set. */
    enum ParagraphKind {
        /** indented body text */
        BODY,
        /** the title of an itemized goal, "1.综合协调" */
        ITEM_TITLE
    }

    /**
     * A paragraph; {@code lead} is a label set in bold before the text ("绩效目标："), possibly empty.
     */
    record Paragraph(String lead, String text, ParagraphKind kind) implements DocumentBlock {
        public Paragraph {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A table. */
    record Table(TableModel model) implements DocumentBlock {
    }
}
