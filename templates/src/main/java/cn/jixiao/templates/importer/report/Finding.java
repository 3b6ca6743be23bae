package cn.jixiao.templates.importer.report;

import java.util.Objects;

/**
 * Something ambiguous and what the importer decided about it.
 *
 * @param kind     category
 * @param location where it is
 * @param problem  what was found (Chinese)
 * @param decision what the importer did (Chinese)
 */
public record Finding(FindingKind kind, SourceLocation location, String problem, String decision) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(decision, "decision");
    }

    /** One line for people, e.g. "lunan.docx 第3个表格 第2行 第4格：… → …". */
    public String describe() {
        return location.describe() + "：" + problem + " → " + decision;
    }
}
