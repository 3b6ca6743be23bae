package cn.jixiao.platform.outage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 with a Chinese message when PostgreSQL or Redis cannot be reached, instead of a 500
 * or a hang. It runs before Spring Session, whose own Redis calls (loading and saving the session)
 * fail outside Spring MVC; so its page is plain HTML that needs neither a session nor a template.
 * Inside Spring MVC a resolver answers first: Spring's own resolvers would otherwise take a database
 * socket's "Broken pipe" for a client that went away and answer an empty 200.
 */
@Configuration(proxyBeanMethods = false)
class OutageResponses {

    private static final Logger log = LoggerFactory.getLogger(OutageResponses.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> outageFilter(JsonMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException e) {
                    var outage = Outage.of(e).filter(o -> !response.isCommitted());
                    if (outage.isEmpty()) {
                        throw e;
                    }
                    log.warn("{} {} answered 503: {} unreachable ({})", request.getMethod(), request.getRequestURI(),
                            outage.get().service(), e.getMessage());
                    respond(request, response, outage.get(), json);
                }
            }
        });
        // before Spring Session's filter (Integer.MIN_VALUE + 50), which talks to Redis itself
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    HandlerExceptionResolver outageResolver(JsonMapper json) {
        return new OutageResolver(json);
    }

    static void respond(HttpServletRequest request, HttpServletResponse response, Outage outage, JsonMapper json)
            throws IOException {
        // a fresh response, keeping the proxy-facing names of the request (request id, instance)
        var kept = response.getHeaderNames().stream().filter(h -> h.startsWith("X-"))
                .collect(java.util.stream.Collectors.toMap(h -> h, response::getHeader, (a, b) -> a));
        response.reset();
        kept.forEach(response::setHeader);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsHtml(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getWriter().write(page(outage));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, outage.detail());
            problem.setTitle(outage.title());
            problem.setProperty("service", outage.service().name());
            response.getWriter().write(json.writeValueAsString(problem));
        }
    }

    /** A person's browser (pages and their forms) gets a page; API clients and htmx fragments get a problem. */
    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/") && request.getHeader("HX-Request") == null
                && accept != null && accept.contains("text/html");
    }

    /** Self-contained, so it renders with Redis and PostgreSQL both gone; the Back button keeps what was typed. */
    static String page(Outage outage) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - 绩效公开</title></head>
                <body>
                <main>
                <h1>%1$s</h1>
                <p role="alert">%2$s</p>
                <p>您在上一页输入的内容没有提交，可以用浏览器的“返回”回到那一页，稍后再提交。</p>
                <p><a href="/">返回首页</a></p>
                </main>
                </body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(outage.title()), HtmlUtils.htmlEscape(outage.detail()));
    }
}
