package cn.jixiao.ops.catalog;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.ops.tenant.TenantDirectory;
import cn.jixiao.ops.web.ConsolePage;
import cn.jixiao.templates.forms.FormTemplateException;

/** Console page of the template catalog: versions with their districts, publishing, rolling out. */
@Controller
@ConsolePage
class CatalogConsoleController {

    private final TemplateCatalog catalog;
    private final TenantDirectory tenants;

    CatalogConsoleController(TemplateCatalog catalog, TenantDirectory tenants) {
        this.catalog = catalog;
        this.tenants = tenants;
    }

    @GetMapping("/templates")
    String catalog(Model model) {
        model.addAttribute("versions", catalog.versions());
        model.addAttribute("tenants", tenants.list());
        return "templates";
    }

    @GetMapping(value = "/templates/{version}", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    String body(@PathVariable int version) {
        return catalog.body(version);
    }

    @PostMapping("/templates")
    String publish(@RequestParam String body, Principal operator, RedirectAttributes redirect) {
        try {
            CatalogVersion published = catalog.publish(body, operator.getName());
            redirect.addFlashAttribute("notice", "已发布平台模板第 " + published.version() + " 版。");
        } catch (OpsRefusal | FormTemplateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("draft", body);
        }
        return "redirect:/templates";
    }

    @PostMapping("/templates/{version}/rollout")
    String rollOut(@PathVariable int version, @RequestParam(name = "tenants", required = false) List<String> slugs,
                   Principal operator, RedirectAttributes redirect) {
        try {
            List<String> changed = catalog.rollOut(version, slugs, operator.getName());
            redirect.addFlashAttribute("notice", "第 " + version + " 版已推送到 " + changed.size() + " 个区"
                    + (changed.isEmpty() ? "（所选各区已在使用该版本）" : "：" + String.join("、", changed)) + "。");
        } catch (OpsRefusal e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/templates";
    }
}
