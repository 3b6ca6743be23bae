package cn.jixiao.platform.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.platform.publish.DocumentBatches;
import cn.jixiao.platform.workflow.DisclosureWorkflow;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code /app/years/{year}}: the finance bureau's board of a fiscal year (完成情况), where it
 * enters the budget approval date, publishes and withdraws, downloads documents, runs the district
 * batch (its progress refreshes by itself and is found again after a reload) and rolls the year
 * forward. What a user may do is decided by the services; the page only offers it.
 */
@Controller
@WebPage
class YearBoardPage {

    /** China Standard Time: the districts' deadlines are calendar days there. */
    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    /** The deadline form; an empty {@code deadline} means the 20-day rule. */
    record DeadlineForm(@NotNull(message = "请填写预算批复日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate budgetApprovedOn,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
    }

    private final YearBoard board;
    private final PublicationDeadlines deadlines;
    private final YearRollForward rollForward;
    private final DisclosureQueries disclosures;
    private final DisclosureWorkflow workflow;
    private final DocumentBatches batches;

    YearBoardPage(YearBoard board, PublicationDeadlines deadlines, YearRollForward rollForward,
                  DisclosureQueries disclosures, DisclosureWorkflow workflow, DocumentBatches batches) {
        this.board = board;
        this.deadlines = deadlines;
        this.rollForward = rollForward;
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.batches = batches;
    }

    @GetMapping("/app/years")
    String newest() {
        List<Integer> years = disclosures.years();
        int year = years.isEmpty() ? LocalDate.now(DISTRICT_ZONE).getYear() : years.get(0);
        return "redirect:/app/years/" + year;
    }

    @GetMapping("/app/years/{year}")
    String page(@PathVariable int year, Model model) {
        if (!model.containsAttribute("deadlineForm")) {
            model.addAttribute("deadlineForm", new DeadlineForm(null, null));
        }
        return show(year, model);
    }

    @PostMapping("/app/years/{year}/deadline")
    String setDeadline(@PathVariable int year, @Valid @ModelAttribute("deadlineForm") DeadlineForm form,
                       BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                PublicationDeadline set = deadlines.set(year, form.budgetApprovedOn(), form.deadline());
                redirect.addFlashAttribute("notice", "已保存：公开截止日期为 " + set.deadline());
                return "redirect:/app/years/" + year;
            } catch (InvalidDeadlineException e) {
                binding.rejectValue("deadline", "order", e.getMessage());
            }
        }
        // what the person typed stays in the form, with the reasons next to it
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(year, model);
    }

    @PostMapping("/app/years/{year}/departments/{dept}/status")
    String move(@PathVariable int year, @PathVariable String dept, @RequestParam DisclosureStatus to,
                @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        try {
            workflow.move(dept, year, to, comment);
            redirect.addFlashAttribute("notice", "部门 " + dept + " 已" + (to == DisclosureStatus.PUBLISHED ? "公开" : "改为“" + to.label() + "”"));
        } catch (Refusal | AccessDeniedException e) { // every Refusal, DisclosureRejectedException included
            redirect.addFlashAttribute("problem", "部门 " + dept + "：" + e.getMessage());
        }
        return "redirect:/app/years/" + year + "#dept-" + dept;
    }

    @PostMapping("/app/years/{year}/batch")
    String startBatch(@PathVariable int year, RedirectAttributes redirect) {
        batches.start(year);
        redirect.addFlashAttribute("notice", "已开始生成全区文件");
        return "redirect:/app/years/" + year + "#batch";
    }

    /** The batch's progress, polled by the page while it runs. */
    @GetMapping("/app/years/{year}/batch")
    String batch(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("batch", batches.latest(year).orElse(null));
        return "app/year :: batch";
    }

    @PostMapping("/app/years/{year}/roll-forward")
    String rollForward(@PathVariable int year, RedirectAttributes redirect) {
        YearRollForward.Result result = rollForward.rollForward(year);
        redirect.addFlashAttribute("notice", "已结转到 " + result.toYear() + " 年度：新建草稿 " + result.created().size()
                + " 个" + (result.kept().isEmpty() ? "" : "，已有草稿的 " + result.kept().size() + " 个部门保持不变"));
        return "redirect:/app/years/" + result.toYear();
    }


    private String show(int year, Model model) {
        model.addAttribute("board", board.of(year, LocalDate.now(DISTRICT_ZONE)));
        model.addAttribute("years", disclosures.years());
        model.addAttribute("year", year);
        model.addAttribute("batch", batches.latest(year).orElse(null));
        return "app/year";
    }
}
