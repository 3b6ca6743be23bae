package cn.jixiao.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.tenancy.TenantDirectory;

/** What every district page shows in its header: who is signed in, for which district. */
@ControllerAdvice(annotations = WebPage.class)
class PageModel {

    private final TenantDirectory tenants;

    PageModel(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @ModelAttribute
    void header(Authentication authentication, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof DistrictUser user) {
            model.addAttribute("user", user);
            model.addAttribute("district", tenants.current().name());
        }
    }
}
