package cn.jixiao.platform.security;

/** The content security policy of the district's web pages and of every other non-published response. */
public final class ContentSecurityPolicy {

    /** No inline script or style anywhere: htmx and the stylesheet come from this origin. */
    public static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }
}
