package cn.jixiao.ops.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import cn.jixiao.infra.web.Refusal;
import tools.jackson.databind.json.JsonMapper;

/** The API's refusals before any controller runs (no or wrong credentials, locked, not an operator), as problem details. */
final class ApiProblems {

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            if (e instanceof LockedException) {
                write(response, new Refusal(HttpStatus.TOO_MANY_REQUESTS, "账号已锁定", e.getMessage()));
            } else {
                response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao-ops\", charset=\"UTF-8\"");
                write(response, new Refusal(HttpStatus.UNAUTHORIZED, "需要登录", "请用运维账号以 HTTP Basic 方式认证。"));
            }
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, new Refusal(HttpStatus.FORBIDDEN, "无权访问", "只有平台运维人员可以使用此接口。"));
    }

    /** Written by hand: these refusals happen in the security filters, before Spring MVC could render them. */
    private void write(HttpServletResponse response, Refusal refusal) throws IOException {
        response.setStatus(refusal.getStatusCode().value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(refusal.getBody()));
    }
}
