package cn.jixiao.platform.observability;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jixiao.platform.tenancy.CurrentTenant;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every log line of a request names its request id ({@code X-Request-Id} from the proxy when it is a
 * plain token, else a new one, echoed in the response) and, once signed in, its district
 * ({@code tenant}). With {@code logging.structured.format.console=ecs} (README) they are fields of
 * the JSON log lines.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLogContextFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String id = RequestIds.of(request);
                response.setHeader(RequestIds.HEADER, id);
                MDC.put("requestId", id);
                CurrentTenant.get().ifPresent(t -> MDC.put("tenant", t.value().toString()));
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove("requestId");
                    MDC.remove("tenant");
                }
            }
        });
        // after Spring Security, so the signed-in district is known
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
