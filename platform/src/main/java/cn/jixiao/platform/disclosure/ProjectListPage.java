package cn.jixiao.platform.disclosure;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.disclosure.Unit;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The disclosure's list of projects: add one (in a unit the user may write), delete one, move one
 * up or down. Projects are 0-based in these URLs, as on the page; the commands count from 1.
 */
@Controller
@WebPage
@RequestMapping("/app/disclosures/{dept}/{year}/projects")
class ProjectListPage {

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final PageChecks checks;

    ProjectListPage(DisclosureQueries queries, DisclosureCommands commands, PageChecks checks) {
        this.queries = queries;
        this.commands = commands;
        this.checks = checks;
    }

    @GetMapping("/new")
    String form(@PathVariable String dept, @PathVariable int year, Authentication auth, Model model) {
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        List<Unit> units = writableUnits(stored, auth);
        return show(stored, units, NewProjectForm.blank(stored.revision().number(), units.isEmpty() ? "" : units.get(0).code()),
                SpendPlanForm.of(0, List.of()), checks.requiredRows(stored), PageFindings.none(), model);
    }

    /** 预算数 as the person types 财政资金 and 其他资金. */
    @PostMapping("/new/total")
    String total(@RequestParam(defaultValue = "") String fiscal, @RequestParam(defaultValue = "") String other, Model model) {
        model.addAttribute("form", new NewProjectForm(0, "", "", "", fiscal, other, "", ""));
        return "app/project-new :: total";
    }

    @PostMapping
    String add(@PathVariable String dept, @PathVariable int year, @ModelAttribute("form") NewProjectForm form,
               @RequestParam MultiValueMap<String, String> params, Authentication auth, HttpServletResponse response, Model model) {
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        List<String> problems = form.problems();
        SpendPlanForm plan = SpendPlanForm.read(params);
        problems.addAll(plan.problems());
        List<IndicatorRowForm> rows = IndicatorRowForm.readNumbered(params.toSingleValueMap());
        PageFindings findings = PageFindings.none();
        if (problems.isEmpty()) {
            try {
                commands.edit(dept, year, form.baseRevision(), ContentEdit.addProject(null, form.fields(), plan.checkpoints(),
                        rows.stream().filter(r -> !r.isBlank()).map(IndicatorRowForm::indicator).toList()));
                return "redirect:/app/disclosures/" + dept + "/" + year + "#project-" + stored.content().projects().size();
            } catch (DisclosureRejectedException e) {
                problems.add(e.getMessage());
                findings = PageFindings.of(e.report());
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            } catch (RevisionConflictException e) {
                problems.add(e.getMessage());
                model.addAttribute("conflict", e.changes());
                form = new NewProjectForm(stored.revision().number(), form.unitCode(), form.code(), form.name(), form.fiscal(),
                        form.other(), form.purpose(), form.goal());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("tableProblems", problems);
        return show(stored, writableUnits(stored, auth), form, plan, rows, findings, model);
    }

    @PostMapping("/{index}/delete")
    String delete(@PathVariable String dept, @PathVariable int year, @PathVariable int index, @RequestParam int baseRevision,
                  RedirectAttributes redirect) {
        return change(dept, year, baseRevision, ContentEdit.deleteProject(index + 1), "已删除项目", "", redirect);
    }

    /** {@code to}: the project's new 1-based place. */
    @PostMapping("/{index}/move")
    String move(@PathVariable String dept, @PathVariable int year, @PathVariable int index, @RequestParam int baseRevision,
                @RequestParam int to, RedirectAttributes redirect) {
        return change(dept, year, baseRevision, ContentEdit.moveProject(index + 1, to), "已移动项目", "#project-" + (to - 1), redirect);
    }

    private String change(String dept, int year, int baseRevision, ContentEdit edit, String done, String anchor,
                          RedirectAttributes redirect) {
        try {
            commands.edit(dept, year, baseRevision, edit);
            redirect.addFlashAttribute("notice", done);
        } catch (DisclosureRejectedException | RevisionConflictException | PositionNotFoundException e) {
            redirect.addFlashAttribute("problem", "未保存：" + e.getMessage());
        }
        return "redirect:/app/disclosures/" + dept + "/" + year + anchor;
    }

    private String show(StoredDisclosure stored, List<Unit> units, NewProjectForm form, SpendPlanForm plan,
                        List<IndicatorRowForm> rows, PageFindings findings, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("units", units);
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("findings", findings);
        model.addAttribute("project", stored.content().projects().size() + 1);
        model.addAttribute("hierarchy", checks.hierarchy(stored));
        return "app/project-new";
    }

    /** The department's units this user may add projects to. */
    private static List<Unit> writableUnits(StoredDisclosure stored, Authentication auth) {
        DistrictUser user = (DistrictUser) auth.getPrincipal();
        return stored.content().department().units().stream()
                .filter(u -> user.writableUnits().map(w -> w.contains(u.code())).orElse(true)).toList();
    }
}
