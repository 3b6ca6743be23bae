package cn.jixiao.templates.importer.report;

import java.util.List;
import java.util.Objects;

/**
 * One non-empty paragraph or cell of the input and what became of it.
 *
 * @param location    where it is
 * @param text        its text as read
 * @param disposition value, label or not mapped
 * @param fields      draft fields it went into, e.g. "projects[0].budget.total" (empty unless {@code VALUE})
 * @param note        for labels what they were read as, for unmapped cells why (Chinese); may be ""
 */
public record SourceEntry(SourceLocation location, String text, Disposition disposition, List<String> fields,
                          String note) {
    public SourceEntry {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(disposition, "disposition");
        fields = List.copyOf(fields);
        Objects.requireNonNull(note, "note");
    }
}
