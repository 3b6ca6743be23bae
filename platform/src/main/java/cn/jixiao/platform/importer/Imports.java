package cn.jixiao.platform.importer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.disclosure.SaveOutcome;
import cn.jixiao.platform.jobs.JobView;
import cn.jixiao.platform.jobs.Jobs;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.security.CanWriteAllUnits;
import cn.jixiao.platform.security.CanWriteDisclosures;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Imports of legacy disclosures. One document is read at once and a refused file is reported to
 * the uploader with nothing stored; a zip of many is read in the background, one task per file, so
 * one file's failure never stops the others. A draft becomes a disclosure only when accepted.
 */
@Service
public class Imports {

    static final String KIND = "IMPORT_BATCH";

    private final ImportStore store;
    private final ImportParsing parsing;
    private final Jobs jobs;
    private final DisclosureCommands commands;
    private final AuditLog audit;
    private final UnitOwners unitOwners;

    Imports(ImportStore store, ImportParsing parsing, Jobs jobs, DisclosureCommands commands, AuditLog audit,
            UnitOwners unitOwners) {
        this.audit = audit;
        this.unitOwners = unitOwners;
        this.store = store;
        this.parsing = parsing;
        this.jobs = jobs;
        this.commands = commands;
    }

    /**
     * @throws cn.jixiao.templates.importer.ImportRejectedException for a single file that cannot be
     *                                                              imported, or an archive over the limits
     */
    @Transactional
    @CanWriteDisclosures
    public UUID upload(String fileName, byte[] content, ImportRequest request) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        List<ImportParsing.Entry> entries = parsing.archiveEntries(content);
        if (entries == null) {
            ImportParsing.Parsed parsed = parsing.parse(fileName, content, request); // refusal: nothing stored
            UUID id = store.createBatch(fileName, request, actor);
            store.addFile(id, 1, fileName, content);
            store.parsed(id, 1, parsed.result().draft(), parsed.result().report(), parsed.validation());
            audit.record("IMPORT_UPLOADED", "import/" + id, Map.of("file", fileName, "files", 1));
            return id;
        }
        UUID id = store.createBatch(fileName, request, actor);
        for (int i = 0; i < entries.size(); i++) {
            store.addFile(id, i + 1, entries.get(i).name(), entries.get(i).content());
        }
        List<String> tasks = IntStream.rangeClosed(1, entries.size()).mapToObj(String::valueOf).toList();
        store.attachJob(id, jobs.submit(KIND, Map.of("importId", id.toString()), tasks));
        audit.record("IMPORT_UPLOADED", "import/" + id, Map.of("file", fileName, "files", entries.size()));
        return id;
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public ImportView find(UUID importId) {
        var batch = store.batch(importId).orElseThrow(() -> new ImportNotFoundException(importId));
        JobView job = batch.getJobId() == null ? null : jobs.find(batch.getJobId()).orElse(null);
        return ImportView.of(batch, store.files(importId), job, store::layouts);
    }

    /**
     * Creates the disclosure from a parsed file's draft, recording the file as its origin.
     *
     * @throws ImportNotAcceptableException when the file was refused or already accepted
     */
    @Transactional
    @CanWriteAllUnits
    public SaveOutcome accept(UUID importId, int position) {
        return accept(importId, position, ImportAssignment.NONE);
    }

    /**
     * Creates the disclosure from a parsed file's draft with the person's choices applied (department, each
     * project's unit). Never moves a unit of another department.
     *
     * @throws ImportNotAcceptableException when the file was refused or already accepted, or a unit belongs to
     *                                      another department ({@link ImportUnitConflictException})
     */
    @Transactional
    @CanWriteAllUnits
    public SaveOutcome accept(UUID importId, int position, ImportAssignment assignment) {
        var file = store.file(importId, position).orElseThrow(() -> new ImportNotFoundException(importId));
        if (file.getStatus() != ImportFileStatus.PARSED) {
            throw new ImportNotAcceptableException(file.getFileName(), file.getStatus());
        }
        Disclosure draft = assignment.applyTo(store.draft(file));
        refuseUnitsOfOtherDepartments(draft);
        SaveOutcome outcome = commands.create(draft, Origin.importedFrom(file.getFileName()), "导入自 " + file.getFileName());
        store.accepted(importId, position, outcome.revision().number());
        return outcome;
    }

    private void refuseUnitsOfOtherDepartments(Disclosure draft) {
        var units = draft.department().units();
        var owners = unitOwners.of(units.stream().map(Unit::code).toList());
        for (var unit : units) {
            UnitOwners.Owner owner = owners.get(unit.code());
            if (owner != null && !owner.departmentCode().equals(draft.department().code())) {
                throw new ImportUnitConflictException(unit.code(), unit.name(), owner, draft.department().code());
            }
        }
    }

    /** A parsed file's draft, as read (before the person's choices). */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Disclosure draft(UUID importId, int position) {
        var file = store.file(importId, position).orElseThrow(() -> new ImportNotFoundException(importId));
        if (file.getStatus() != ImportFileStatus.PARSED) {
            throw new ImportNotAcceptableException(file.getFileName(), file.getStatus());
        }
        return store.draft(file);
    }
}
