package cn.jixiao.templates.importer.grid;

import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.text.WordText;
import java.util.Objects;

/**
 * A paragraph outside tables.
 *
 * @param text     text as written (bookmark prefixes of the text export removed)
 * @param numbered Word numbering (w:numPr) puts a number in front that is not part of the text
 * @param location where it is
 * @param role     what the file's markup says it is (only Word marks contents and covers)
 */
public record GridParagraph(String text, boolean numbered, SourceLocation location, ParagraphRole role)
        implements DocumentBlock {
    public GridParagraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(role, "role");
    }

    /** A paragraph whose markup says nothing about its role. */
    public GridParagraph(String text, boolean numbered, SourceLocation location) {
        this(text, numbered, location, ParagraphRole.CONTENT);
    }

    public boolean isBlank() {
        return WordText.isBlank(text);
    }

    public GridParagraph withRole(ParagraphRole newRole) {
        return new GridParagraph(text, numbered, location, newRole);
    }
}
