package cn.jixiao.platform.login;

import java.util.Optional;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * The client registrations {@code district-<slug>}: the web pages as a confidential client of the
 * district's own OIDC issuer (code + PKCE, nonce, scopes openid and profile), with the credentials
 * the issuer gave Jixiao for that district. The ID token is verified with the keys the district's
 * row names ({@code jwk_set_uri}), as its API tokens are.
 */
@Component
class DistrictRegistrations {

    private final DistrictSignIns signIns;
    private final OidcDiscovery discovery;

    DistrictRegistrations(DistrictSignIns signIns, OidcDiscovery discovery) {
        this.signIns = signIns;
        this.discovery = discovery;
    }

    /**
     * The registration, or null when the id is no district's, the district has no web client, or its
     * issuer's discovery document cannot be read. A suspended district keeps its registration, so a
     * sign-in under way ends with the user service saying why it is refused.
     */
    ClientRegistration findByRegistrationId(String registrationId) {
        if (registrationId == null || !registrationId.startsWith(DistrictSignIn.REGISTRATION_PREFIX)) {
            return null;
        }
        return signIns.find(registrationId.substring(DistrictSignIn.REGISTRATION_PREFIX.length()))
                .flatMap(this::registration)
                .orElse(null);
    }

    private Optional<ClientRegistration> registration(DistrictSignIn signIn) {
        return discovery.endpoints(signIn.issuer().issuer()).map(endpoints -> ClientRegistration
                .withRegistrationId(signIn.registrationId())
                .clientName("本区统一身份认证")
                .clientId(signIn.clientId())
                .clientSecret(signIn.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(endpoints.authorizationUri())
                .tokenUri(endpoints.tokenUri())
                .jwkSetUri(signIn.issuer().jwkSetUri())
                .issuerUri(signIn.issuer().issuer())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build());
    }
}
