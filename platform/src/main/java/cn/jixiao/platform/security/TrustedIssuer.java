package cn.jixiao.platform.security;

import cn.jixiao.platform.tenancy.TenantId;

/**
 * An external OIDC issuer one district trusts ({@code tenant_identity_provider}).
 *
 * @param tenant        the only district its tokens are accepted for
 * @param issuer        the exact {@code iss} of its tokens
 * @param jwkSetUri     where its public keys are published
 * @param audience      the {@code aud} its tokens must carry for us
 * @param usernameClaim the claim holding the user's name, matched to {@code app_user.username}
 */
public record TrustedIssuer(TenantId tenant, String issuer, String jwkSetUri, String audience, String usernameClaim) {
}
