package cn.jixiao.platform.login;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** The district login page; the form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

    @GetMapping("/")
    String root() {
        return "redirect:/app";
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String setup, HttpSession session, Model model) {
        model.addAttribute("passwordSet", setup != null);
        if (error != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e) {
            model.addAttribute("error", e.getMessage());
        } else if (error != null) {
            model.addAttribute("error", DistrictUserAuthenticationProvider.BAD_CREDENTIALS);
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }
}
