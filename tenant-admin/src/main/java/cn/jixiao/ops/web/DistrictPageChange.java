package cn.jixiao.ops.web;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.ops.OpsRefusal;

/** A change made from a district's console page (post/redirect/get), by whichever feature owns the form. */
public final class DistrictPageChange {

    private DistrictPageChange() {
    }

    /** Runs the change and redirects to the district's page with its notice; an unknown district stays a 404. */
    public static String apply(String slug, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (OpsRefusal e) {
            if (e.kind() == OpsRefusal.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tenants/" + slug;
    }
}
