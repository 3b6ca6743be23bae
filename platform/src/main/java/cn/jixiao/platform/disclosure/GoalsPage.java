package cn.jixiao.platform.disclosure;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code …/goals/edit}: Part 1 (总体绩效目标, 分项绩效目标, 保障措施) as rows to edit, add and
 * delete, with the template's custom fields, saved as one {@link ContentEdit#goals}. Part 1 belongs
 * to the whole department: it is offered to principals not limited to units and to the editor of
 * the department's own unit (本级); the service refuses the others anyway.
 */
@Controller
@WebPage
@RequestMapping("/app/disclosures/{dept}/{year}/goals/edit")
class GoalsPage {

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final PageChecks checks;

    GoalsPage(DisclosureQueries queries, DisclosureCommands commands, PageChecks checks) {
        this.queries = queries;
        this.commands = commands;
        this.checks = checks;
    }

    @GetMapping
    String form(@PathVariable String dept, @PathVariable int year, Authentication auth, Model model) {
        requireWholeDepartment(auth, dept);
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        return show(stored, GoalsForm.of(stored.revision().number(), stored.content().goals(), stored.customFields()), checks.findings(stored,
                stored.content()), model);
    }

    /** {@code add} (overall, itemized, measures) adds a blank row and saves nothing; otherwise saves. */
    @PostMapping
    String save(@PathVariable String dept, @PathVariable int year, @RequestParam MultiValueMap<String, String> params,
                Authentication auth, HttpServletResponse response, Model model) {
        requireWholeDepartment(auth, dept);
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        GoalsForm form = GoalsForm.read(params);
        String add = params.getFirst("add");
        if (add != null) {
            return show(stored, form.withBlank(add), checks.findings(stored, stored.content()), model);
        }
        try {
            commands.edit(dept, year, form.baseRevision(), ContentEdit.goals(form.goals(), form.custom()));
            return "redirect:/app/disclosures/" + dept + "/" + year + "#goals";
        } catch (DisclosureRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tableProblems", List.of(e.getMessage()));
            return show(stored, form, PageFindings.of(e.report()), model);
        } catch (RevisionConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("tableProblems", List.of(e.getMessage()));
            model.addAttribute("conflict", e.changes());
            // typed rows stay; saving again applies them on top of the current revision
            GoalsForm again = form.rebasedOn(stored.revision().number());
            return show(stored, again, checks.findings(stored, stored.content()), model);
        }
    }

    /** The form is not offered to those the service would refuse it to; the service decides the save. */
    private static void requireWholeDepartment(Authentication auth, String dept) {
        if (!mayEdit((DistrictUser) auth.getPrincipal(), dept)) {
            throw new AccessDeniedException("第一部分（部门整体绩效目标）只能由区县管理员或部门本级单位的填报人修改");
        }
    }

    static boolean mayEdit(DistrictUser user, String dept) {
        return user.has(Role.Scopes.DISCLOSURES_WRITE)
                && user.writableUnits().map(units -> EditScope.speaksForDepartment(units, dept)).orElse(true);
    }

    private static String show(StoredDisclosure stored, GoalsForm form, PageFindings findings, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("form", form);
        model.addAttribute("findings", findings);
        return "app/goals-edit";
    }
}
