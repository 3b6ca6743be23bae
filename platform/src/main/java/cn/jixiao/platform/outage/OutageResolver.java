package cn.jixiao.platform.outage;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outage answer for failures inside Spring MVC, ahead of Spring's own resolvers: those take any
 * "Broken pipe" in the causes for a client that went away and answer an empty 200, and a database
 * socket cut by a PostgreSQL restart says exactly that.
 */
record OutageResolver(JsonMapper json) implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(OutageResolver.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        var outage = Outage.of(e).filter(o -> !response.isCommitted());
        if (outage.isEmpty()) {
            return null;
        }
        log.warn("{} {} answered 503: {} unreachable ({})", request.getMethod(), request.getRequestURI(),
                outage.get().service(), e.getMessage());
        try {
            OutageResponses.respond(request, response, outage.get(), json);
        } catch (IOException clientGone) {
            return null;
        }
        return new ModelAndView(); // answered
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, which only records the error
    }
}
