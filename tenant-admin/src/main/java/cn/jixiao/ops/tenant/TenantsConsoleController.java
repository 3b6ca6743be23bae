package cn.jixiao.ops.tenant;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.ops.web.ConsolePage;
import cn.jixiao.ops.web.DistrictPageChange;
import cn.jixiao.infra.tenant.TenantStatus;

/**
 * Console pages of the districts: the list with usage and the subscribe form, one district's page
 * with its switches and admin setup link (its identity provider form posts to identity's controller).
 * Changes redirect back (post/redirect/get); a setup link travels in a flash attribute, so it is
 * shown exactly once.
 */
@Controller
@ConsolePage
class TenantsConsoleController {

    private final TenantDirectory tenants;
    private final TenantSubscriptions subscriptions;
    private final TenantControls controls;

    TenantsConsoleController(TenantDirectory tenants, TenantSubscriptions subscriptions, TenantControls controls) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.controls = controls;
    }

    @GetMapping("/tenants")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SubscribeRequest("", "", "", "", ""));
        }
        model.addAttribute("tenants", tenants.list());
        return "tenants";
    }

    @PostMapping("/tenants")
    String subscribe(@Valid @ModelAttribute("form") SubscribeRequest form, BindingResult binding, Principal operator,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", binding.getAllErrors().stream().map(ObjectError::getDefaultMessage).toList());
            return list(model);
        }
        try {
            Subscription created = subscriptions.subscribe(form, operator.getName());
            redirect.addFlashAttribute("setupLink", created.adminSetupLink());
            redirect.addFlashAttribute("notice", "已开通区“" + form.name() + "”。");
            return "redirect:/tenants/" + created.slug();
        } catch (OpsRefusal e) {
            response.setStatus(e.kind() == OpsRefusal.Kind.CONFLICT ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.errors().isEmpty() ? java.util.List.of(e.getMessage()) : e.errors());
            return list(model);
        }
    }

    @GetMapping("/tenants/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("tenant", tenants.get(slug));
        model.addAttribute("admins", tenants.admins(slug));
        return "tenant";
    }

    @PostMapping("/tenants/{slug}/status")
    String status(@PathVariable String slug, @RequestParam TenantStatus status, Principal operator, RedirectAttributes redirect) {
        return DistrictPageChange.apply(slug, redirect, () -> {
            controls.setStatus(slug, status, operator.getName());
            return status == TenantStatus.SUSPENDED ? "已暂停该区。" : "已恢复该区。";
        });
    }

    @PostMapping("/tenants/{slug}/public-pages")
    String publicPages(@PathVariable String slug, @RequestParam boolean published, Principal operator, RedirectAttributes redirect) {
        return DistrictPageChange.apply(slug, redirect, () -> {
            controls.setPublicPages(slug, published, operator.getName());
            return published ? "已恢复该区的公开页面。" : "已下线该区的公开页面。";
        });
    }

    @PostMapping("/tenants/{slug}/setup-link")
    String setupLink(@PathVariable String slug, Principal operator, RedirectAttributes redirect) {
        return DistrictPageChange.apply(slug, redirect, () -> {
            SetupLink link = subscriptions.reissueSetupLink(slug, operator.getName());
            redirect.addFlashAttribute("setupLink", link);
            return "已重新发放设置链接，旧链接已失效。";
        });
    }
}
