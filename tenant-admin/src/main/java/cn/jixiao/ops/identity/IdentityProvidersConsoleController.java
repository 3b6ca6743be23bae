package cn.jixiao.ops.identity;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.ops.web.ConsolePage;
import cn.jixiao.ops.web.DistrictPageChange;

/** The identity provider form of a district's console page; back to that page with a notice. */
@Controller
@ConsolePage
class IdentityProvidersConsoleController {

    private final IdentityProviders identityProviders;

    IdentityProvidersConsoleController(IdentityProviders identityProviders) {
        this.identityProviders = identityProviders;
    }

    @PostMapping("/tenants/{slug}/identity-provider")
    String identityProvider(@PathVariable String slug, @ModelAttribute IdentityProviderRequest idp, Principal operator,
                            RedirectAttributes redirect) {
        return DistrictPageChange.apply(slug, redirect, () -> {
            identityProviders.set(slug, idp, operator.getName());
            return "已保存外部身份提供方。";
        });
    }

    @PostMapping("/tenants/{slug}/identity-provider/delete")
    String removeIdentityProvider(@PathVariable String slug, Principal operator, RedirectAttributes redirect) {
        return DistrictPageChange.apply(slug, redirect, () -> identityProviders.remove(slug, operator.getName())
                ? "已删除外部身份提供方。" : "该区没有配置外部身份提供方。");
    }
}
