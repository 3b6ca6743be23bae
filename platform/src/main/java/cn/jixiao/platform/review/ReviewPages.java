package cn.jixiao.platform.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.disclosure.Project;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reviewer's pages: {@code /app/review} (the queue of submitted disclosures) and one
 * disclosure's review, with what changed, a comment field for the whole disclosure and for each
 * project (optionally naming one of its indicator rows), and the two decisions. A refused return
 * comes back with everything typed. Editors resolve comments from their disclosure page.
 */
@Controller
@WebPage
class ReviewPages {

    private final Reviews reviews;

    ReviewPages(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/app/review")
    String queue(Model model) {
        model.addAttribute("queue", reviews.queue());
        return "app/review-queue";
    }

    @GetMapping("/app/review/{dept}/{year}")
    String review(@PathVariable String dept, @PathVariable int year, Model model) {
        model.addAttribute("view", reviews.view(dept, year));
        model.addAttribute("typed", Map.of());
        return "app/review";
    }

    @PostMapping("/app/review/{dept}/{year}/approve")
    String approve(@PathVariable String dept, @PathVariable int year, @RequestParam(defaultValue = "") String general,
                   RedirectAttributes redirect) {
        try {
            reviews.approve(dept, year, general);
            redirect.addFlashAttribute("notice", "部门 " + dept + " 的 " + year + " 年度预算绩效目标已审核通过");
            return "redirect:/app/review";
        } catch (Refusal | AccessDeniedException e) { // every Refusal, DisclosureRejectedException included
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/app/review/" + dept + "/" + year;
        }
    }

    @PostMapping("/app/review/{dept}/{year}/return")
    String returnForChanges(@PathVariable String dept, @PathVariable int year, @RequestParam MultiValueMap<String, String> form,
                            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Reviews.ReviewView view = reviews.view(dept, year);
        try {
            int count = reviews.returnForChanges(dept, year, drafts(view.disclosure().content().projects(), form));
            redirect.addFlashAttribute("notice", "已退回部门 " + dept + " 修改，附意见 " + count + " 条");
            return "redirect:/app/review";
        } catch (Refusal | AccessDeniedException e) { // NothingToSayException, or the workflow's refusals
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("view", view);
            model.addAttribute("typed", form.toSingleValueMap());
            return "app/review";
        }
    }

    /** The editors hand the draft to review (their open comments stay visible to the reviewer). */
    @PostMapping("/app/disclosures/{dept}/{year}/submit")
    String submit(@PathVariable String dept, @PathVariable int year, RedirectAttributes redirect) {
        try {
            reviews.submit(dept, year);
            redirect.addFlashAttribute("notice", "已提交审核");
        } catch (Refusal | AccessDeniedException e) { // every Refusal, DisclosureRejectedException included
            redirect.addFlashAttribute("problem", "未能提交：" + e.getMessage());
        }
        return "redirect:/app/disclosures/" + dept + "/" + year;
    }

    @PostMapping("/app/disclosures/{dept}/{year}/comments/{id}/resolve")
    String resolve(@PathVariable String dept, @PathVariable int year, @PathVariable UUID id, RedirectAttributes redirect) {
        reviews.resolve(dept, year, id);
        redirect.addFlashAttribute("notice", "已标记为已处理");
        return "redirect:/app/disclosures/" + dept + "/" + year + "#comment-" + id;
    }

    /** {@code general}; {@code project-<i>} with {@code indicator-<i>} (a row number or empty) for the i-th project. */
    private static List<CommentDraft> drafts(List<Project> projects, MultiValueMap<String, String> form) {
        List<CommentDraft> drafts = new ArrayList<>();
        drafts.add(new CommentDraft(null, null, form.getFirst("general")));
        for (int i = 0; i < projects.size(); i++) {
            String indicator = form.getFirst("indicator-" + i);
            Integer row = indicator == null || indicator.isBlank() ? null : Integer.valueOf(indicator);
            if (row != null && (row < 1 || row > projects.get(i).indicators().size())) {
                row = null;
            }
            drafts.add(new CommentDraft(projects.get(i).code(), row, form.getFirst("project-" + i)));
        }
        return drafts;
    }

}
