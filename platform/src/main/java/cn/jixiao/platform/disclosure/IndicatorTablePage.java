package cn.jixiao.platform.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A project's indicator table, edited like the printed one: each row saved, added, deleted or
 * moved as one {@link ContentEdit} (htmx swaps the table; without script the forms post and
 * redirect), or the whole table saved at once. A refused save comes back with everything typed and
 * the findings next to their cells; {@code …/check} validates what is typed without saving.
 * Projects are 0-based in these URLs (as on the page), rows 1-based (as in the commands).
 */
@Controller
@WebPage
@RequestMapping("/app/disclosures/{dept}/{year}/projects/{index}/indicators")
class IndicatorTablePage {

    /** After a save, what of the typed form to show again: nothing (rows shifted), the other rows, or the new row too. */
    private enum Keep { NONE, ROWS, ALL }

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final PageChecks checks;

    IndicatorTablePage(DisclosureQueries queries, DisclosureCommands commands, PageChecks checks) {
        this.queries = queries;
        this.commands = commands;
        this.checks = checks;
    }

    @PostMapping("/{i}")
    String saveRow(@PathVariable String dept, @PathVariable int year, @PathVariable int index, @PathVariable int i,
                   @RequestParam Map<String, String> params, Authentication auth,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        return apply(dept, year, index, params, auth, htmx, response, model, Keep.ALL,
                row -> ContentEdit.editIndicator(index + 1, i, IndicatorRowForm.read(params, "r" + i).indicator()));
    }

    @PostMapping("/all")
    String saveAll(@PathVariable String dept, @PathVariable int year, @PathVariable int index,
                   @RequestParam Map<String, String> params, Authentication auth,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        return apply(dept, year, index, params, auth, htmx, response, model, Keep.NONE, row -> ContentEdit.replaceIndicators(index + 1,
                IndicatorRowForm.readAll(params, row.project().indicators()).stream().map(IndicatorRowForm::indicator).toList()));
    }

    @PostMapping("/add")
    String add(@PathVariable String dept, @PathVariable int year, @PathVariable int index,
               @RequestParam Map<String, String> params, Authentication auth,
               @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        return apply(dept, year, index, params, auth, htmx, response, model, Keep.ROWS,
                row -> ContentEdit.addIndicator(index + 1, null, IndicatorRowForm.read(params, IndicatorRowForm.NEW).indicator()));
    }

    @PostMapping("/{i}/delete")
    String delete(@PathVariable String dept, @PathVariable int year, @PathVariable int index, @PathVariable int i,
                  @RequestParam Map<String, String> params, Authentication auth,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        return apply(dept, year, index, params, auth, htmx, response, model, Keep.NONE, row -> ContentEdit.deleteIndicator(index + 1, i));
    }

    /** {@code to} is the row's new 1-based position (one up or down). */
    @PostMapping("/{i}/move")
    String move(@PathVariable String dept, @PathVariable int year, @PathVariable int index, @PathVariable int i,
                @RequestParam int to, @RequestParam Map<String, String> params, Authentication auth,
                @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model) {
        return apply(dept, year, index, params, auth, htmx, response, model, Keep.NONE, row -> ContentEdit.moveIndicator(index + 1, i, to));
    }

    /**
     * The findings row {@code i} would have as typed (the row after the last: the new row), nothing
     * saved: one out-of-band fragment per cell of the row.
     */
    @PostMapping("/{i}/check")
    String check(@PathVariable String dept, @PathVariable int year, @PathVariable int index, @PathVariable int i,
                 @RequestParam Map<String, String> params, Authentication auth, Model model) {
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        DisclosurePage.Row row = DisclosurePage.row(stored, index, (DistrictUser) auth.getPrincipal());
        int rows = row.project().indicators().size();
        boolean added = i == rows + 1;
        ContentEdit edit = added
                ? ContentEdit.addIndicator(index + 1, null, IndicatorRowForm.read(params, IndicatorRowForm.NEW).indicator())
                : ContentEdit.editIndicator(index + 1, i, IndicatorRowForm.read(params, "r" + i).indicator());
        Disclosure wouldBe = edit.change().apply(stored.content());
        model.addAttribute("findings", checks.findings(stored, wouldBe));
        model.addAttribute("project", index + 1);
        model.addAttribute("rowNo", i);
        model.addAttribute("slot", added ? "new" : String.valueOf(i));
        model.addAttribute("pIndex", index);
        return "app/indicators :: check";
    }

    private String apply(String dept, int year, int index, Map<String, String> params, Authentication auth, String htmx,
                         HttpServletResponse response, Model model, Keep keep, Function<DisclosurePage.Row, ContentEdit> edit) {
        DistrictUser user = (DistrictUser) auth.getPrincipal();
        StoredDisclosure stored = DisclosurePage.load(queries, dept, year);
        DisclosurePage.Row row = DisclosurePage.row(stored, index, user);
        int base = TypedRevision.parse(params.get("baseRevision"));
        List<String> problems = new ArrayList<>();
        PageFindings findings;
        try {
            SaveOutcome outcome = commands.edit(dept, year, base, edit.apply(row));
            if (htmx == null) {
                return "redirect:/app/disclosures/" + dept + "/" + year + "#project-" + index;
            }
            StoredDisclosure saved = DisclosurePage.load(queries, dept, year);
            model.addAttribute("indicatorsSaved", "已保存，修订版 " + outcome.revision().number());
            List<Indicator> savedRows = saved.content().projects().get(index).indicators();
            if (keep != Keep.NONE) { // rows did not shift: what is typed but not yet saved in other rows stays
                model.addAttribute("typedRows", IndicatorRowForm.readAll(params, savedRows));
            }
            if (keep == Keep.ALL) {
                model.addAttribute("typedNew", IndicatorRowForm.read(params, IndicatorRowForm.NEW));
            }
            return render(saved, DisclosurePage.row(saved, index, user), PageFindings.of(outcome.validation()), model,
                    "app/indicators :: table");
        } catch (DisclosureRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            problems.add(e.getMessage());
            findings = PageFindings.of(e.report());
        } catch (RevisionConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            problems.add(e.getMessage());
            model.addAttribute("conflict", e.changes());
            findings = checks.findings(stored, stored.content());
        } catch (PositionNotFoundException e) {
            response.setStatus(e.getStatusCode().value());
            problems.add(e.getMessage());
            findings = checks.findings(stored, stored.content());
        }
        model.addAttribute("tableProblems", problems);
        model.addAttribute("typedRows", IndicatorRowForm.readAll(params, row.project().indicators()));
        model.addAttribute("typedNew", IndicatorRowForm.read(params, IndicatorRowForm.NEW));
        model.addAttribute("typedBase", base);
        return render(stored, row, findings, model, htmx != null ? "app/indicators :: table" : "app/indicators-edit");
    }

    private String render(StoredDisclosure stored, DisclosurePage.Row row, PageFindings findings, Model model,
                          String view) {
        model.addAttribute("stored", stored);
        model.addAttribute("row", row);
        model.addAttribute("findings", findings);
        model.addAttribute("hierarchy", checks.hierarchy(stored));
        return view;
    }
}
