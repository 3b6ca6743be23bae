package cn.jixiao.platform.importer;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.jixiao.platform.disclosure.SaveOutcome;

/** {@code /api/v1/imports}: upload legacy disclosures, review what was read, accept drafts. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsController {

    private final Imports imports;

    ImportsController(Imports imports) {
        this.imports = imports;
    }

    /** One .docx/.xlsx/.txt (read at once: 201) or a .zip of many (read in the background: 202). */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<ImportView> upload(@RequestParam("file") MultipartFile file, @RequestParam int fiscalYear,
                                      @RequestParam(required = false) String deptCode,
                                      @RequestParam(required = false) String deptName) throws IOException {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new InvalidImportRequestException("年度 fiscalYear 应在 2000 到 2100 之间");
        }
        // a 0-byte file is refused by the importer itself: 422 EMPTY_DOCUMENT, as docs/import.md says
        UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(), new ImportRequest(fiscalYear, deptCode, deptName));
        ImportView view = imports.find(id);
        URI location = URI.create("/api/v1/imports/" + id);
        return view.status().equals("RUNNING") ? ResponseEntity.accepted().location(location).body(view)
                : ResponseEntity.created(location).body(view);
    }

    @GetMapping("/{id}")
    ImportView get(@PathVariable UUID id) {
        return imports.find(id);
    }

    /**
     * Creates the disclosure from the file's draft ("imported from <file>"); an optional body chooses the
     * department and each project's unit, for files that do not say them.
     */
    @PostMapping("/{id}/files/{position}/accept")
    ResponseEntity<SaveOutcome> accept(@PathVariable UUID id, @PathVariable int position,
                                       @RequestBody(required = false) ImportAssignment assignment) {
        SaveOutcome outcome = imports.accept(id, position, assignment == null ? ImportAssignment.NONE : assignment);
        return ResponseEntity.status(201).body(outcome);
    }
}
