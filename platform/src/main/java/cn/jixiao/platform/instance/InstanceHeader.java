package cn.jixiao.platform.instance;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Names the instance that served a response, so operators (and tests) see where a request went behind the proxy. */
@Configuration(proxyBeanMethods = false)
class InstanceHeader {

    static final String HEADER = "X-Jixiao-Instance";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> instanceHeaderFilter(PlatformInstance instance) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader(HEADER, instance.id());
                chain.doFilter(request, response);
            }
        });
        // first of all, so every answer carries it (the outage filter's 503 too)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
