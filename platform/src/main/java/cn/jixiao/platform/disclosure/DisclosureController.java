package cn.jixiao.platform.disclosure;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.department.DepartmentDirectory;
import cn.jixiao.platform.tenancy.TenantDirectory;
import jakarta.validation.Valid;

/** {@code /api/v1/disclosures}: a department's disclosure for a fiscal year, as JSON (see docs/api.md). */
@RestController
@RequestMapping("/api/v1/disclosures/{deptCode}/{year}")
class DisclosureController {

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final DepartmentDirectory departments;
    private final TenantDirectory tenants;

    DisclosureController(DisclosureQueries queries, DisclosureCommands commands, DepartmentDirectory departments,
                         TenantDirectory tenants) {
        this.queries = queries;
        this.commands = commands;
        this.departments = departments;
        this.tenants = tenants;
    }

    @GetMapping
    DisclosureResponse get(@PathVariable String deptCode, @PathVariable int year) {
        StoredDisclosure stored = queries.find(deptCode, year).orElseThrow(() -> new DisclosureNotFoundException(deptCode, year));
        return DisclosureResponse.of(tenants.current(), stored);
    }

    /** Saves a new revision; 409 when {@code baseRevision} is outdated. */
    @PutMapping
    SaveResponse put(@PathVariable String deptCode, @PathVariable int year, @Valid @RequestBody DisclosureInput input) {
        var department = departments.find(deptCode).orElseThrow(() -> new DisclosureNotFoundException(deptCode, year));
        Revision revision = commands.save(input.toDisclosure(department, year), input.baseRevision(), null);
        return new SaveResponse(revision);
    }

    /** Creates next year's draft from this year's current revision. */
    @PostMapping("/roll-forward")
    ResponseEntity<SaveResponse> rollForward(@PathVariable String deptCode, @PathVariable int year) {
        Revision revision = commands.rollForward(deptCode, year);
        return ResponseEntity.created(URI.create("/api/v1/disclosures/" + deptCode + "/" + (year + 1)))
                .body(new SaveResponse(revision));
    }

    record SaveResponse(Revision revision) {
    }
}
