package cn.jixiao.platform.login;

import cn.jixiao.platform.security.TrustedIssuer;

/**
 * A district whose own OIDC issuer also signs its users in to the web pages.
 *
 * @param issuer       the issuer as the district trusts it for the API (same keys, same username claim)
 * @param slug         the district's slug, which names its client registration ({@code district-<slug>})
 * @param active       false while the district is suspended
 * @param clientId     the client id the issuer gave Jixiao for this district (the ID token's audience)
 * @param clientSecret the matching secret, presented at the issuer's token endpoint
 */
record DistrictSignIn(TrustedIssuer issuer, String slug, boolean active, String clientId, String clientSecret) {

    static final String REGISTRATION_PREFIX = "district-";

    String registrationId() {
        return REGISTRATION_PREFIX + slug;
    }

    @Override
    public String toString() {
        return "DistrictSignIn[" + slug + ", " + issuer.issuer() + ", " + clientId + "]"; // never the secret
    }
}
