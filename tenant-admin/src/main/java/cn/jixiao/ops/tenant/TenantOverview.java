package cn.jixiao.ops.tenant;

import java.time.Instant;

import cn.jixiao.infra.tenant.TenantStatus;

/**
 * A district as operators see it: metadata, state and usage (zeros and no last activity when the
 * platform has not counted it yet), never content.
 */
public record TenantOverview(String slug, String name, String regionCode, TenantStatus status, boolean publicPages,
                             int platformTemplateVersion, Instant createdAt, Usage usage, IdentityProviderView identityProvider) {

    public record Usage(int departments, int disclosures, long storageBytes, Instant lastActivityAt) {
    }

    /**
     * The district's external OIDC issuer, if any.
     *
     * @param webClientId the client id its users sign in to the web pages with; null when they cannot (the secret is never shown)
     */
    public record IdentityProviderView(String issuer, String jwkSetUri, String audience, String usernameClaim, String webClientId) {
    }

    public boolean suspended() {
        return status == TenantStatus.SUSPENDED;
    }
}
