package cn.jixiao.templates.importer.grid;

import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.text.WordText;
import java.util.Objects;

/**
 * One cell as written. Merged cells appear once: a horizontal merge is one cell with {@code span > 1}; the
 * lower parts of a vertical merge are empty cells with {@code mergedFromAbove}.
 *
 * @param text            text as written; paragraphs inside the cell joined by '\n'
 * @param column          first grid column it covers (0-based); the text export has no grid and uses the cell's index
 * @param span            grid columns covered
 * @param mergedFromAbove continues the cell above (Word vMerge continue, Excel merged region below its first row)
 * @param location        where it is in the source
 */
public record GridCell(String text, int column, int span, boolean mergedFromAbove, SourceLocation location) {
    public GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        if (column < 0 || span < 1) {
            throw new IllegalArgumentException("bad column " + column + " span " + span);
        }
    }

    public boolean isBlank() {
        return WordText.isBlank(text);
    }

    /** One past the last grid column covered. */
    public int end() {
        return column + span;
    }

    /** True if this cell and {@code other} share a grid column. */
    public boolean overlaps(GridCell other) {
        return column < other.end() && other.column < end();
    }
}
