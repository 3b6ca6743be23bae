package cn.jixiao.templates.importer;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.report.ImportReport;
import java.util.Objects;

/**
 * A draft disclosure to be checked by a person, and the report that says where every value came from and what
 * was ambiguous.
 */
public record ImportResult(Disclosure draft, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(report, "report");
    }
}
