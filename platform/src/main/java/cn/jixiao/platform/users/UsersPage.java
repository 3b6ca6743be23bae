package cn.jixiao.platform.users;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.jixiao.platform.web.WebPage;
import cn.jixiao.infra.identity.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** {@code /app/users}: the admin's page to create users and hand out their one-time links. */
@Controller
@WebPage
class UsersPage {

    private final UserAdministration users;

    UsersPage(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/app/users")
    String page(Model model) {
        return render(model);
    }

    @PostMapping("/app/users")
    String create(@Valid @ModelAttribute("form") NewUser form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        if (binding.hasErrors()) {
            // a role that is none of ours fails binding; Spring's message for that is not for users
            model.addAttribute("problems", binding.getAllErrors().stream()
                    .map(e -> e instanceof FieldError f && f.isBindingFailure() ? "请选择角色" : e.getDefaultMessage())
                    .distinct().toList());
            response.setStatus(400);
            return render(model);
        }
        try {
            model.addAttribute("created", users.create(form));
        } catch (InvalidUserException e) {
            model.addAttribute("problems", e.problems());
            response.setStatus(400);
        } catch (UserExistsException e) {
            model.addAttribute("problems", List.of(e.getMessage()));
            response.setStatus(409);
        }
        return render(model);
    }

    @PostMapping("/app/users/{username}/setup-link")
    String reissue(@PathVariable String username, Model model) {
        model.addAttribute("created", users.issueSetupLink(username));
        return render(model);
    }

    private String render(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("units", users.units());
        model.addAttribute("roles", Role.values());
        return "app/users";
    }
}
