package cn.jixiao.platform.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.infra.jooq.tables.records.ImportBatchRecord;
import cn.jixiao.infra.jooq.tables.records.ImportFileRecord;
import cn.jixiao.platform.jobs.JobView;
import cn.jixiao.templates.importer.report.Layout;

/**
 * An import as the uploader reviews it: per file its status, the import report (where every value
 * came from, what was ambiguous, what was not mapped), the template's findings, or why it was refused.
 */
public record ImportView(UUID id, String fileName, int fiscalYear, String departmentCode, String status, int total,
                         long finished, OffsetDateTime createdAt, List<File> files) {

    /** {@code layouts}: what the importer read the file as, in the order met (empty until read, or when refused). */
    public record File(int position, String fileName, ImportFileStatus status, String errorReason, String error,
                       Integer acceptedRevision, List<LayoutView> layouts, @JsonRawValue String report,
                       @JsonRawValue String validation) {
    }

    /** A layout by its name ({@code report.Layout}) and its Chinese label. */
    public record LayoutView(String name, String label) {
        static LayoutView of(Layout layout) {
            return new LayoutView(layout.name(), layout.label());
        }
    }

    static ImportView of(ImportBatchRecord batch, List<ImportFileRecord> files, JobView job,
                         Function<ImportFileRecord, List<Layout>> layouts) {
        List<File> views = files.stream().map(f -> new File(f.getPosition(), f.getFileName(), f.getStatus(),
                f.getErrorReason(), f.getError(), f.getAcceptedRevision(),
                layouts.apply(f).stream().map(LayoutView::of).toList(),
                f.getReport() == null ? null : f.getReport().data(),
                f.getValidation() == null ? null : f.getValidation().data())).toList();
        long finished = files.stream().filter(f -> f.getStatus() != ImportFileStatus.PENDING).count();
        boolean running = finished < views.size() && (job == null || !job.finished());
        return new ImportView(batch.getId(), batch.getFileName(), batch.getFiscalYear(), batch.getDepartmentCode(),
                running ? "RUNNING" : "DONE", views.size(), finished, batch.getCreatedAt(), views);
    }
}
