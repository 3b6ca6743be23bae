package cn.jixiao.platform.login;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login page's second way in, "使用本区统一身份认证登录": sends the browser into the code flow
 * with the district's own issuer ({@code /oauth2/authorization/district-<slug>}), or back to the
 * login page saying why it cannot.
 */
@Controller
class SsoController {

    private final DistrictSignIns signIns;
    private final DistrictRegistrations registrations;

    SsoController(DistrictSignIns signIns, DistrictRegistrations registrations) {
        this.signIns = signIns;
        this.registrations = registrations;
    }

    @GetMapping("/login/sso")
    String signIn(@RequestParam(required = false) String tenant, RedirectAttributes redirect) {
        String slug = tenant == null ? "" : tenant.strip().toLowerCase(Locale.ROOT);
        Optional<DistrictSignIn> signIn = slug.isEmpty() ? Optional.empty() : signIns.find(slug);
        String refusal;
        if (slug.isEmpty()) {
            refusal = "请填写区县代码";
        } else if (signIn.isEmpty()) {
            refusal = "本区县未开通统一身份认证登录，请使用用户名和密码登录";
        } else if (!signIn.get().active()) {
            refusal = "本区县已暂停服务，暂时无法登录";
        } else if (registrations.findByRegistrationId(signIn.get().registrationId()) == null) {
            refusal = "暂时无法连接本区统一身份认证服务，请稍后再试";
        } else {
            return "redirect:/oauth2/authorization/" + signIn.get().registrationId();
        }
        redirect.addFlashAttribute("error", refusal);
        return "redirect:/login";
    }
}
