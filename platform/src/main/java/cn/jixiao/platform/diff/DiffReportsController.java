package cn.jixiao.platform.diff;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.department.DepartmentDirectory;
import cn.jixiao.platform.tenancy.TenantDirectory;
import cn.jixiao.templates.diff.DepartmentOrder;
import cn.jixiao.templates.diff.view.DiffDocxRenderer;
import cn.jixiao.templates.diff.view.DiffHtmlRenderer;
import cn.jixiao.templates.render.RenderOptions;

/**
 * Diffs for people: a side-by-side HTML page for reviewers, a DOCX "changes from last year" report
 * to attach to a disclosure, and the district summary page.
 */
@RestController
class DiffReportsController {

    private final Diffs diffs;
    private final DepartmentDirectory departments;
    private final TenantDirectory tenants;
    private final DiffHtmlRenderer html = new DiffHtmlRenderer();
    private final DiffDocxRenderer docx = new DiffDocxRenderer();

    DiffReportsController(Diffs diffs, DepartmentDirectory departments, TenantDirectory tenants) {
        this.diffs = diffs;
        this.departments = departments;
        this.tenants = tenants;
    }

    @GetMapping(value = "/api/v1/diffs/report.html", produces = "text/html;charset=UTF-8")
    String htmlReport(@RequestParam String dept, @RequestParam String from, @RequestParam String to) {
        var diff = diffs.compare(dept, VersionRef.parse(from), VersionRef.parse(to));
        return html.render(tenants.current(), departments.find(dept).orElse(null), diff);
    }

    @GetMapping("/api/v1/diffs/report.docx")
    ResponseEntity<byte[]> docxReport(@RequestParam String dept, @RequestParam String from, @RequestParam String to) {
        var diff = diffs.compare(dept, VersionRef.parse(from), VersionRef.parse(to));
        byte[] bytes = docx.render(tenants.current(), departments.find(dept).orElse(null), diff, RenderOptions.defaults());
        String fileName = dept + "-" + to + "较" + from + "变化说明.docx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    @GetMapping(value = "/api/v1/district-diffs/report.html", produces = "text/html;charset=UTF-8")
    String districtReport(@RequestParam int from, @RequestParam int to,
                          @RequestParam(defaultValue = "TOTAL_DELTA") DepartmentOrder order) {
        return html.renderDistrict(tenants.current(), diffs.district(from, to), order);
    }
}
