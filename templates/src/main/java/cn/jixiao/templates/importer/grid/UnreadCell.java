package cn.jixiao.templates.importer.grid;

import cn.jixiao.templates.importer.report.SourceLocation;
import java.util.Objects;

/**
 * Content the format reader saw but could not turn into text (an Excel formula saved without its result): it
 * stands in the grid as a blank cell, and in the report's not-mapped list with {@code reason}.
 *
 * @param location where it is
 * @param text     what the file holds there, e.g. "=E4+G4"
 * @param reason   why it was not read (Chinese)
 */
public record UnreadCell(SourceLocation location, String text, String reason) {
    public UnreadCell {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
