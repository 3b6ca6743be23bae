package cn.jixiao.platform.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /app/disclosures/{dept}/{year}}: a department's disclosure with its projects by unit; the
 * projects the user may write can be edited in place (htmx swaps one project; without script the
 * forms post and redirect). The page only offers what the services allow — the services decide.
 */
@Controller
@WebPage
class DisclosurePage {

    /** One unit's projects as the page shows them. */
    record UnitProjects(Unit unit, List<Row> projects) {
    }

    /** A project, its position in the disclosure, and whether this user may edit it. */
    record Row(int index, Project project, boolean editable) {

        /** The project's indicator rows as the table form shows them. */
        public List<IndicatorRowForm> rows() {
            return project.indicators().stream().map(IndicatorRowForm::of).toList();
        }

        /** The blank row to add one with. */
        public IndicatorRowForm blankRow() {
            return IndicatorRowForm.blank();
        }
    }

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final PageChecks checks;

    DisclosurePage(DisclosureQueries queries, DisclosureCommands commands, PageChecks checks) {
        this.queries = queries;
        this.commands = commands;
        this.checks = checks;
    }

    @GetMapping("/app/disclosures/{dept}/{year}")
    String page(@PathVariable String dept, @PathVariable int year, Authentication auth, Model model) {
        StoredDisclosure stored = load(dept, year);
        model.addAttribute("stored", stored);
        tableModel(stored, model);
        model.addAttribute("disclosure", stored.content());
        model.addAttribute("units", byUnit(stored, (DistrictUser) auth.getPrincipal()));
        model.addAttribute("canEditGoals", stored.status() == DisclosureStatus.DRAFT
                && GoalsPage.mayEdit((DistrictUser) auth.getPrincipal(), dept));
        return "app/disclosure";
    }

    @GetMapping("/app/disclosures/{dept}/{year}/projects/{index}")
    String project(@PathVariable String dept, @PathVariable int year, @PathVariable int index, Authentication auth,
                   Model model) {
        StoredDisclosure stored = load(dept, year);
        model.addAttribute("stored", stored);
        tableModel(stored, model);
        model.addAttribute("row", row(stored, index, (DistrictUser) auth.getPrincipal()));
        return "app/project :: view";
    }

    @GetMapping("/app/disclosures/{dept}/{year}/projects/{index}/edit")
    String edit(@PathVariable String dept, @PathVariable int year, @PathVariable int index, Authentication auth,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        StoredDisclosure stored = load(dept, year);
        Row row = row(stored, index, (DistrictUser) auth.getPrincipal());
        model.addAttribute("stored", stored);
        model.addAttribute("row", row);
        model.addAttribute("form", ProjectEdit.of(stored.revision().number(), row.project()));
        return htmx != null ? "app/project :: edit" : "app/project-edit";
    }

    @PostMapping("/app/disclosures/{dept}/{year}/projects/{index}")
    String save(@PathVariable String dept, @PathVariable int year, @PathVariable int index,
                @ModelAttribute("form") ProjectEdit form, Authentication auth,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                HttpServletResponse response, Model model) {
        StoredDisclosure stored = load(dept, year);
        Row row = row(stored, index, (DistrictUser) auth.getPrincipal());
        model.addAttribute("stored", stored);
        model.addAttribute("row", row);
        List<String> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                // a whole save, so the revision keeps its note naming the project (revision history)
                Disclosure edited = ContentEdit.editProject(index + 1, form.fields(row.project())).change().apply(stored.content());
                SaveOutcome outcome = commands.save(edited, stored.customFields(), form.baseRevision(),
                        "网页编辑：" + row.project().code() + " " + row.project().name());
                if (htmx == null) {
                    return "redirect:/app/disclosures/" + dept + "/" + year + "#project-" + index;
                }
                StoredDisclosure saved = load(dept, year);
                model.addAttribute("stored", saved);
                tableModel(saved, model);
                model.addAttribute("row", row(saved, index, (DistrictUser) auth.getPrincipal()));
                model.addAttribute("saved", "已保存，修订版 " + outcome.revision().number());
                return "app/project :: view";
            } catch (DisclosureRejectedException e) {
                e.report().errors().forEach(f -> problems.add(f.message()));
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            } catch (RevisionConflictException e) {
                problems.add(e.getMessage());
                model.addAttribute("conflict", e.changes());
                // what is typed stays; saving again applies it on top of the current revision
                form = new ProjectEdit(stored.revision().number(), form.code(), form.name(), form.purpose(), form.goal(),
                        form.fiscal(), form.other());
                model.addAttribute("form", form);
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("problems", problems);
        return htmx != null ? "app/project :: edit" : "app/project-edit";
    }

    /** What the indicator tables in a project's view need: the template's names and the current findings. */
    private void tableModel(StoredDisclosure stored, Model model) {
        model.addAttribute("findings", checks.findings(stored, stored.content()));
        model.addAttribute("hierarchy", checks.hierarchy(stored));
    }

    private StoredDisclosure load(String dept, int year) {
        return load(queries, dept, year);
    }

    static StoredDisclosure load(DisclosureQueries queries, String dept, int year) {
        return queries.find(dept, year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到该部门的公开文件"));
    }

    private static List<UnitProjects> byUnit(StoredDisclosure stored, DistrictUser user) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        List<Project> projects = stored.content().projects();
        for (int i = 0; i < projects.size(); i++) {
            rows.computeIfAbsent(projects.get(i).unitCode(), k -> new ArrayList<>()).add(row(stored, i, user));
        }
        List<UnitProjects> result = new ArrayList<>();
        for (Unit unit : stored.content().department().units()) {
            result.add(new UnitProjects(unit, rows.getOrDefault(unit.code(), List.of())));
        }
        return result;
    }

    static Row row(StoredDisclosure stored, int index, DistrictUser user) {
        List<Project> projects = stored.content().projects();
        if (index < 0 || index >= projects.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该项目");
        }
        Project project = projects.get(index);
        boolean editable = stored.status() == DisclosureStatus.DRAFT && user.has(Role.Scopes.DISCLOSURES_WRITE)
                && user.writableUnits().map(units -> units.contains(project.unitCode())).orElse(true);
        return new Row(index, project, editable);
    }
}
