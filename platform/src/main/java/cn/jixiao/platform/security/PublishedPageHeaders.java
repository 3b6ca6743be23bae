package cn.jixiao.platform.security;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of a published page, written by Spring Security's own writers: the one list
 * both the published pages' filter chain ({@code SecurityConfiguration}) and the stored pages answered
 * before that chain use. A test compares both answers header by header.
 */
public final class PublishedPageHeaders {

    static final List<HeaderWriter> WRITERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new HstsHeaderWriter(), // only on https requests, as in the chain
            new XFrameOptionsHeaderWriter(),
            new ContentSecurityPolicyHeaderWriter(ContentSecurityPolicy.PUBLISHED));

    private PublishedPageHeaders() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(w -> w.writeHeaders(request, response));
    }
}
