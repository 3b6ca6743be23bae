package cn.jixiao.platform.disclosure;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import cn.jixiao.platform.department.DepartmentDirectory;
import cn.jixiao.templates.forms.MigrationReport;
import cn.jixiao.templates.forms.TemplateRef;
import cn.jixiao.templates.validation.ValidationReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code /api/v1/disclosures}: a department's disclosure for a fiscal year, as JSON (see docs/api.md). */
@RestController
@RequestMapping("/api/v1/disclosures/{deptCode}/{year}")
class DisclosureController {

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final DepartmentDirectory departments;

    DisclosureController(DisclosureQueries queries, DisclosureCommands commands, DepartmentDirectory departments) {
        this.queries = queries;
        this.commands = commands;
        this.departments = departments;
    }

    /** The cached JSON bytes of the current head; 304 when the client's {@code If-None-Match} still matches. */
    @GetMapping
    ResponseEntity<byte[]> get(@PathVariable String deptCode, @PathVariable int year, WebRequest request) {
        DisclosureJson json = queries.json(deptCode, year);
        if (request.checkNotModified(json.etag())) {
            return null; // Spring has answered 304 Not Modified with the ETag
        }
        return ResponseEntity.ok().eTag(json.etag()).contentType(MediaType.APPLICATION_JSON).body(json.body());
    }

    /** Saves a new revision: 422 with the findings when the template's errors fail, 409 when {@code baseRevision} is outdated. */
    @PutMapping
    SaveOutcome put(@PathVariable String deptCode, @PathVariable int year, @Valid @RequestBody DisclosureInput input) {
        var department = departments.find(deptCode).orElseThrow(() -> new DisclosureNotFoundException(deptCode, year));
        return commands.save(input.toDisclosure(department, year), input.customFieldValues(), input.baseRevision(), null);
    }

    /** The findings of the disclosure's form template on its current content. */
    @GetMapping("/validation")
    ValidationReport validation(@PathVariable String deptCode, @PathVariable int year) {
        return queries.validate(deptCode, year);
    }

    /** Creates next year's draft from this year's current revision. */
    @PostMapping("/roll-forward")
    ResponseEntity<SaveOutcome> rollForward(@PathVariable String deptCode, @PathVariable int year) {
        SaveOutcome outcome = commands.rollForward(deptCode, year);
        return ResponseEntity.created(URI.create("/api/v1/disclosures/" + deptCode + "/" + (year + 1))).body(outcome);
    }

    /** Reports what moving the draft to another template version changes; {@code apply: true} moves it. */
    @PostMapping("/template-migration")
    MigrationReport migrateTemplate(@PathVariable String deptCode, @PathVariable int year,
                                    @Valid @RequestBody TemplateMigrationRequest request) {
        return commands.migrateTemplate(deptCode, year, new TemplateRef(request.to().id(), request.to().version()),
                Boolean.TRUE.equals(request.apply()));
    }

    record TemplateMigrationRequest(@NotNull(message = "必须给出目标模板 to") @Valid Target to, Boolean apply) {
        record Target(@NotBlank(message = "目标模板编号 to.id 不能为空") String id,
                      @NotNull(message = "目标模板版本 to.version 不能为空") Integer version) {
        }
    }
}
