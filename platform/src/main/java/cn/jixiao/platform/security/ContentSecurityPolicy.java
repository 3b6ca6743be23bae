package cn.jixiao.platform.security;

/** The content security policy of the district's web pages and of every other non-published response. */
public final class ContentSecurityPolicy {

    /** No inline script or style anywhere: htmx and the stylesheet come from this origin. */
    public static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The published pages (portal): no script at all; their stylesheet is inline (the same bytes open
     * from a static export and inside the widget's frame); GET forms (search) to this origin only.
     */
    public static final String PUBLISHED = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** As {@link #PUBLISHED}, framed by exactly these origins (none: by nobody). */
    public static String publishedFramedBy(java.util.List<String> origins) {
        return origins.isEmpty() ? PUBLISHED
                : PUBLISHED.replace("frame-ancestors 'none'", "frame-ancestors " + String.join(" ", origins));
    }

    private ContentSecurityPolicy() {
    }
}
