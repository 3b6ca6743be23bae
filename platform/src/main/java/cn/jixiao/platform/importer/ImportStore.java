package cn.jixiao.platform.importer;

import static cn.jixiao.infra.jooq.Tables.IMPORT_BATCH;
import static cn.jixiao.infra.jooq.Tables.IMPORT_FILE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.infra.jooq.tables.records.ImportBatchRecord;
import cn.jixiao.infra.jooq.tables.records.ImportFileRecord;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.report.Layout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploaded files and what the importer made of them, for the current tenant. */
@Repository
class ImportStore {

    private final DSLContext dsl;
    private final JsonMapper json;
    private final UsageMeter usage;

    ImportStore(DSLContext dsl, JsonMapper json, UsageMeter usage) {
        this.dsl = dsl;
        this.json = json;
        this.usage = usage;
    }

    UUID createBatch(String fileName, ImportRequest request, String createdBy) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.TENANT_ID, CurrentTenant.require().value())
                .set(IMPORT_BATCH.FILE_NAME, fileName)
                .set(IMPORT_BATCH.FISCAL_YEAR, request.fiscalYear())
                .set(IMPORT_BATCH.DEPARTMENT_CODE, request.departmentCode())
                .set(IMPORT_BATCH.DEPARTMENT_NAME, request.departmentName())
                .set(IMPORT_BATCH.CREATED_BY, createdBy)
                .returning(IMPORT_BATCH.ID)
                .fetchSingle(IMPORT_BATCH.ID);
    }

    void addFile(UUID importId, int position, String fileName, byte[] content) {
        dsl.insertInto(IMPORT_FILE)
                .set(IMPORT_FILE.TENANT_ID, CurrentTenant.require().value())
                .set(IMPORT_FILE.IMPORT_ID, importId)
                .set(IMPORT_FILE.POSITION, position)
                .set(IMPORT_FILE.FILE_NAME, fileName)
                .set(IMPORT_FILE.CONTENT, content)
                .execute();
        usage.stored(IMPORT_FILE.CONTENT, IMPORT_FILE.IMPORT_ID.eq(importId).and(IMPORT_FILE.POSITION.eq(position)));
    }

    void attachJob(UUID importId, UUID jobId) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.JOB_ID, jobId).where(IMPORT_BATCH.ID.eq(importId)).execute();
    }

    Optional<ImportBatchRecord> batch(UUID importId) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(importId)).fetchOptional();
    }

    /** The files without their content bytes, which can be megabytes each and are not shown. */
    List<ImportFileRecord> files(UUID importId) {
        return dsl.select(Arrays.stream(IMPORT_FILE.fields()).filter(f -> !f.equals(IMPORT_FILE.CONTENT)).toList())
                .from(IMPORT_FILE)
                .where(IMPORT_FILE.IMPORT_ID.eq(importId))
                .orderBy(IMPORT_FILE.POSITION)
                .fetchInto(IMPORT_FILE);
    }

    Optional<ImportFileRecord> file(UUID importId, int position) {
        return dsl.selectFrom(IMPORT_FILE)
                .where(IMPORT_FILE.IMPORT_ID.eq(importId), IMPORT_FILE.POSITION.eq(position))
                .fetchOptional();
    }

    void parsed(UUID importId, int position, Object draft, Object report, Object validation) {
        setStatus(ImportFileStatus.PARSED)
                .set(IMPORT_FILE.DRAFT, jsonb(draft))
                .set(IMPORT_FILE.REPORT, jsonb(report))
                .set(IMPORT_FILE.VALIDATION, jsonb(validation))
                .set(IMPORT_FILE.ERROR, (String) null)
                .where(IMPORT_FILE.IMPORT_ID.eq(importId), IMPORT_FILE.POSITION.eq(position))
                .execute();
    }

    void rejected(UUID importId, int position, String reason, String message) {
        setStatus(ImportFileStatus.REJECTED)
                .set(IMPORT_FILE.ERROR_REASON, reason)
                .set(IMPORT_FILE.ERROR, message)
                .where(IMPORT_FILE.IMPORT_ID.eq(importId), IMPORT_FILE.POSITION.eq(position))
                .execute();
    }

    /** Marks a parsed file accepted; false when it was not (or no longer) waiting for acceptance. */
    boolean accepted(UUID importId, int position, int revision) {
        return setStatus(ImportFileStatus.ACCEPTED)
                .set(IMPORT_FILE.ACCEPTED_REVISION, revision)
                .where(IMPORT_FILE.IMPORT_ID.eq(importId), IMPORT_FILE.POSITION.eq(position), IMPORT_FILE.STATUS.eq(ImportFileStatus.PARSED))
                .execute() == 1;
    }

    Disclosure draft(ImportFileRecord file) {
        return json.readValue(file.getDraft().data(), Disclosure.class);
    }

    /** The layouts the stored report names; none for a file not (yet) read. */
    List<Layout> layouts(ImportFileRecord file) {
        if (file.getReport() == null) {
            return List.of();
        }
        List<Layout> layouts = new ArrayList<>();
        for (JsonNode name : json.readTree(file.getReport().data()).path("layouts")) {
            layouts.add(Layout.valueOf(name.asString()));
        }
        return layouts;
    }

    private UpdateSetMoreStep<ImportFileRecord> setStatus(ImportFileStatus status) {
        return dsl.update(IMPORT_FILE).set(IMPORT_FILE.STATUS, status).set(IMPORT_FILE.UPDATED_AT, OffsetDateTime.now());
    }

    private JSONB jsonb(Object value) {
        return JSONB.valueOf(json.writeValueAsString(value));
    }
}
