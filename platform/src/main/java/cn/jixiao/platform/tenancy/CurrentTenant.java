package cn.jixiao.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The district the current thread works for: always the authenticated principal's, never a request
 * header, parameter or path. Work without a user (demo loading, background jobs) runs through
 * {@link #callAs}, which authenticates it as the system acting for one tenant.
 */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static Optional<TenantId> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof TenantBound bound) {
            return Optional.of(bound.tenantId());
        }
        // a web session's authentication (OAuth2 login) carries the district on its principal
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TenantBound bound
                ? Optional.of(bound.tenantId()) : Optional.empty();
    }

    public static TenantId require() {
        return get().orElseThrow(() -> new IllegalStateException("no tenant is bound to this thread"));
    }

    /** Runs work as the system acting for a tenant (authority {@value SystemAuthentication#AUTHORITY}). */
    public static <T> T callAs(TenantId tenant, String task, Supplier<T> work) {
        return runAs(new SystemAuthentication(tenant, task), work);
    }

    /**
     * Runs work as a tenant-bound principal other than the caller (the system, a visitor of the
     * public pages); the caller's own authentication is restored afterwards.
     */
    public static <A extends Authentication & TenantBound, T> T runAs(A principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(principal);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
