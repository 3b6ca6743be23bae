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

    static final String HEADER = PlatformInstance.HEADER;

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
        // before the outage answer (its 503 keeps the header) and the HTTP metrics; only the portal's
        // stored pages are answered before it (StoredPageFilter, which names the instance itself)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
