package cn.jixiao.platform.diff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.platform.department.DepartmentDirectory;
import cn.jixiao.platform.tenancy.TenantDirectory;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.diff.view.DiffHtmlRenderer;
import cn.jixiao.templates.disclosure.Department;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A disclosure's history ({@code …/history}: revisions and status changes, newest first, with the choice of two
 * versions to compare) and the side-by-side diff of two versions inside the workspace ({@code …/diff}).
 */
@Controller
@WebPage
class HistoryPages {

    private final DisclosureHistory history;
    private final Diffs diffs;
    private final DepartmentDirectory departments;
    private final TenantDirectory tenants;
    private final DiffHtmlRenderer html = new DiffHtmlRenderer();

    HistoryPages(DisclosureHistory history, Diffs diffs, DepartmentDirectory departments, TenantDirectory tenants) {
        this.history = history;
        this.diffs = diffs;
        this.departments = departments;
        this.tenants = tenants;
    }

    @GetMapping("/app/disclosures/{dept}/{year}/history")
    String history(@PathVariable String dept, @PathVariable int year, Model model) {
        var entries = history.entries(dept, year);
        model.addAttribute("dept", dept);
        model.addAttribute("year", year);
        model.addAttribute("departmentName", name(dept));
        model.addAttribute("entries", entries);
        model.addAttribute("revisions", entries.stream().filter(HistoryEntry::isRevision).toList());
        model.addAttribute("otherYears", history.years(dept).stream().filter(y -> y != year).toList());
        return "app/history";
    }

    /** {@code from} and {@code to} as {@link VersionRef}s ({@code 2025}, {@code 2025r3}); by default last year's against this one. */
    @GetMapping("/app/disclosures/{dept}/{year}/diff")
    String diff(@PathVariable String dept, @PathVariable int year, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        String fromText = from == null || from.isBlank() ? String.valueOf(year - 1) : from;
        String toText = to == null || to.isBlank() ? String.valueOf(year) : to;
        model.addAttribute("dept", dept);
        model.addAttribute("year", year);
        model.addAttribute("departmentName", name(dept));
        model.addAttribute("fromText", fromText);
        model.addAttribute("toText", toText);
        try {
            VersionRef fromRef = VersionRef.parse(fromText);
            VersionRef toRef = VersionRef.parse(toText);
            model.addAttribute("fromLabel", fromRef.label());
            model.addAttribute("toLabel", toRef.label());
            var diff = diffs.compare(dept, fromRef, toRef);
            model.addAttribute("diffHtml", html.renderFragment(tenants.current(), departments.find(dept).orElse(null), diff));
        } catch (Refusal e) { // an unknown or malformed version: the page says which
            response.setStatus(e.getStatusCode().value());
            model.addAttribute("problem", e.getMessage());
        }
        return "app/diff";
    }

    private String name(String dept) {
        return departments.find(dept).map(Department::name).orElse(dept);
    }
}
