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
 */
public record GridParagraph(String text, boolean numbered, SourceLocation location) implements DocumentBlock {
    public GridParagraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }

    public boolean isBlank() {
        return WordText.isBlank(text);
    }
}
