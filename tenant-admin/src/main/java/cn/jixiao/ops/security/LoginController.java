package cn.jixiao.ops.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.ops.web.ConsolePage;
import cn.jixiao.infra.login.LoginThrottle;

@Controller
@ConsolePage
class LoginController {

    private final LoginThrottle throttle;

    LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String logout, Model model) {
        if (locked != null) {
            model.addAttribute("error", LoginLockMessage.of(throttle));
        } else if (error != null) {
            model.addAttribute("error", "用户名或密码不正确。");
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tenants";
    }
}
