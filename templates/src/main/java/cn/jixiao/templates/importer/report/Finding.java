package cn.jixiao.templates.importer.report;

import java.util.Objects;

/**
 * Something ambiguous and what the importer decided about it.
 *
 * @param kind     category
 * @param location where it is
 * @param problem  what was found (Chinese)
 * @param decision what the importer did (Chinese)
 * @param field    the draft field it is about, e.g. "projects[1].budget.total" or "projects[0].indicators", or ""
 *                 when it is about no one field
 */
public record Finding(FindingKind kind, SourceLocation location, String problem, String decision, String field) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(field, "field");
    }

    /** A finding about no one field of the draft. */
    public Finding(FindingKind kind, SourceLocation location, String problem, String decision) {
        this(kind, location, problem, decision, "");
    }

    /** One line for people, e.g. "lunan.docx 第3个表格 第2行 第4格：… → …". */
    public String describe() {
        return location.describe() + "：" + problem + " → " + decision;
    }
}
