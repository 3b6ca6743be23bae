package cn.jixiao.ops.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.jixiao.ops.OpsRefusal;

/** A console page for a district or version that does not exist. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleExceptionHandler {

    @ExceptionHandler(OpsRefusal.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(OpsRefusal e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "not-found";
    }
}
