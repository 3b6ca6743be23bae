package cn.jixiao.ops.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows: the signed-in operator. */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleModel {

    @ModelAttribute("operator")
    String operator(Principal principal) {
        return principal == null ? "" : principal.getName();
    }
}
