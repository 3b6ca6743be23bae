package cn.jixiao.platform.login;

import jakarta.servlet.http.HttpServletRequest;

/** What the login form says besides username and password: the district, and where the attempt came from. */
public record LoginDetails(String tenantSlug, String remoteAddress) implements java.io.Serializable {

    public static LoginDetails of(HttpServletRequest request) {
        String tenant = request.getParameter("tenant");
        return new LoginDetails(tenant == null ? "" : tenant.strip().toLowerCase(java.util.Locale.ROOT),
                request.getRemoteAddr());
    }
}
