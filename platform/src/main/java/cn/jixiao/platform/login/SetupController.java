package cn.jixiao.platform.login;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** {@code /setup/{token}}: a new user chooses their password, then signs in. */
@Controller
class SetupController {

    private final PasswordSetup setup;

    SetupController(PasswordSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        var invitation = setup.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "setup-invalid";
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("minLength", PasswordSetup.MIN_LENGTH);
        model.addAttribute("token", token);
        return "setup";
    }

    @PostMapping("/setup/{token}")
    String submit(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
                  Model model, HttpServletResponse response) {
        var invitation = setup.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "setup-invalid";
        }
        List<String> problems = PasswordSetup.problems(invitation.get(), password, confirmation);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("invitation", invitation.get());
            model.addAttribute("minLength", PasswordSetup.MIN_LENGTH);
            model.addAttribute("problems", problems);
            model.addAttribute("token", token);
            return "setup";
        }
        return setup.complete(token, password)
                .map(done -> "redirect:/login?setup&tenant=" + done.tenantSlug())
                .orElse("setup-invalid");
    }
}
