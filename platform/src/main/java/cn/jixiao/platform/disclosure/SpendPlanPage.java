package cn.jixiao.platform.disclosure;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;

/** {@code …/projects/{index}/spend-plan}: a project's 资金支出计划 (cumulative percent by checkpoint), saved as one {@link ContentEdit#replaceSpendPlan}. */
@Controller
@WebPage
@RequestMapping("/app/disclosures/{dept}/{year}/projects/{index}/spend-plan")
class SpendPlanPage {

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final PageChecks checks;

    SpendPlanPage(DisclosureQueries queries, DisclosureCommands commands, PageChecks checks) {
        this.queries = queries;
        this.commands = commands;
        this.checks = checks;
    }

    @GetMapping
    String form(@PathVariable String dept, @PathVariable int year, @PathVariable int index, Authentication auth, Model model) {
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        DisclosurePage.Row row = DisclosurePage.row(stored, index, (DistrictUser) auth.getPrincipal());
        return show(stored, row, SpendPlanForm.of(stored.revision().number(), row.project().spendPlan()),
                checks.findings(stored, stored.content()), model);
    }

    @PostMapping
    String save(@PathVariable String dept, @PathVariable int year, @PathVariable int index,
                @RequestParam MultiValueMap<String, String> params, Authentication auth, HttpServletResponse response, Model model) {
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        DisclosurePage.Row row = DisclosurePage.row(stored, index, (DistrictUser) auth.getPrincipal());
        SpendPlanForm form = SpendPlanForm.read(params);
        List<String> problems = form.problems();
        PageFindings findings = checks.findings(stored, stored.content());
        if (problems.isEmpty()) {
            try {
                commands.edit(dept, year, form.baseRevision(), ContentEdit.replaceSpendPlan(index + 1, form.checkpoints()));
                return "redirect:/app/disclosures/" + dept + "/" + year + "#project-" + index;
            } catch (DisclosureRejectedException e) {
                problems.add(e.getMessage());
                findings = PageFindings.of(e.report());
            } catch (RevisionConflictException e) {
                problems.add(e.getMessage());
                model.addAttribute("conflict", e.changes());
                form = new SpendPlanForm(stored.revision().number(), form.labels(), form.percents());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        if (response.getStatus() != HttpStatus.CONFLICT.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("tableProblems", problems);
        return show(stored, row, form, findings, model);
    }

    private static String show(StoredDisclosure stored, DisclosurePage.Row row, SpendPlanForm form, PageFindings findings,
                               Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("row", row);
        model.addAttribute("form", form);
        model.addAttribute("findings", findings);
        return "app/spend-plan";
    }
}
