package cn.jixiao.templates.importer.grid;

import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.SourceFormat;
import java.util.List;
import java.util.Objects;

/**
 * The neutral form every input is turned into before it is read as a disclosure: paragraphs and tables of
 * cells with their merges and source locations. Word, Excel and the text export all produce it, so one set
 * of table readers serves all three.
 *
 * @param fileName file name as uploaded
 * @param format   detected format
 * @param blocks   paragraphs and tables in document order
 * @param notes    what the format reader simplified or guessed (an encoding, a nested table read as text)
 * @param unread   content that stands blank in the grid because it could not be read (listed as not mapped)
 */
public record SourceDocument(String fileName, SourceFormat format, List<DocumentBlock> blocks, List<Finding> notes,
                             List<UnreadCell> unread) {
    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        unread = List.copyOf(unread);
    }

    public SourceDocument(String fileName, SourceFormat format, List<DocumentBlock> blocks, List<Finding> notes) {
        this(fileName, format, blocks, notes, List.of());
    }
}
