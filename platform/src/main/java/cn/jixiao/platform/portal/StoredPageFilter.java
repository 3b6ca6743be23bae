package cn.jixiao.platform.portal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.jixiao.platform.observability.RequestIds;
import cn.jixiao.platform.security.PublishedPageHeaders;
import cn.jixiao.platform.instance.PlatformInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a GET of a stored portal page that {@link PortalCache} holds, first of all filters (before the
 * HTTP metrics' observation, Spring Security, Spring Session and Spring MVC): published material is the
 * same bytes for every visitor, so it is served as a static file server would (ETag / If-None-Match →
 * 304, {@code Cache-Control}, the published pages' security headers, the instance and request id
 * headers), timed by its own {@code jixiao.portal.stored.pages} timer. Anything else (a page not in memory, the widget, downloads, other methods, an
 * unusual path) goes on to {@link PortalController} through the published pages' filter chain, which
 * loads the page into the cache for the next request. A lookup that fails (the district's row, on a cold
 * cache, with the database down) goes on too, where the outage answer gives the 503.
 */
class StoredPageFilter extends OncePerRequestFilter {

    /** The stored pages' URLs, in plain characters only: nothing to normalise, nothing a firewall would refuse. */
    private static final Pattern STORED = Pattern.compile(
            "/public/([a-z][a-z0-9-]{1,62})(?:/((?:[0-9]{4}(?:/[0-9A-Za-z_-]{1,32}(?:/changes)?)?)|feed\\.atom|sitemap\\.xml))?");

    private final PortalTenants tenants;
    private final PortalCache cache;
    private final String instance;
    private final Timer served;

    StoredPageFilter(PortalTenants tenants, PortalCache cache, PlatformInstance instance, MeterRegistry meters) {
        this.tenants = tenants;
        this.cache = cache;
        this.instance = instance.id();
        this.served = Timer.builder("jixiao.portal.stored.pages")
                .description("Portal pages answered from memory before the filter chains").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Optional<PortalPage> page = held(request.getRequestURI());
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            answer(page.get(), request, response);
        } finally {
            served.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void answer(PortalPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(PlatformInstance.HEADER, instance);
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        PublishedPageHeaders.write(request, response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalController.CACHE.getHeaderValue());
        if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
            return; // 304 with the ETag, set by Spring's conditional request handling
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private Optional<PortalPage> held(String uri) {
        Matcher m = STORED.matcher(uri);
        if (!m.matches()) {
            return Optional.empty();
        }
        String path = m.group(2) == null ? PortalPublisher.HOME : m.group(2);
        try {
            return tenants.find(m.group(1)).flatMap(t -> cache.held(t.id(), path));
        } catch (RuntimeException lookupFailed) {
            return Optional.empty();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<StoredPageFilter> storedPageFilter(PortalTenants tenants, PortalCache cache,
                                                                 PlatformInstance instance, MeterRegistry meters) {
            var registration = new FilterRegistrationBean<>(new StoredPageFilter(tenants, cache, instance, meters));
            registration.addUrlPatterns("/public/*");
            // first: the HTTP metrics' observation filter (HIGHEST_PRECEDENCE + 1) was a sixth of a hit's time
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
