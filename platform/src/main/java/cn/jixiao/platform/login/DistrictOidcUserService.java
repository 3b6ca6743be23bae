package cn.jixiao.platform.login;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.security.ExternalUserConverter;
import cn.jixiao.platform.security.ProvisionedUser;
import cn.jixiao.platform.security.ProvisionedUsers;
import cn.jixiao.platform.security.TenantClaims;

/**
 * Makes the web session's user after a sign-in through a district's own issuer. Spring has already
 * verified the ID token (signature by the issuer's keys, {@code iss}, {@code aud} = the district's
 * web client id, nonce, expiry); here the user it names is matched, exactly as for the district's
 * API tokens ({@link ExternalUserConverter}), to an active user of that district, which must be
 * active too. The issuer authenticates; role and units come from our database.
 */
@Component
class DistrictOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "refused";

    private final DistrictSignIns signIns;
    private final ProvisionedUsers users;
    private final LoginAccounts accounts;

    DistrictOidcUserService(DistrictSignIns signIns, ProvisionedUsers users, LoginAccounts accounts) {
        this.signIns = signIns;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String registrationId = request.getClientRegistration().getRegistrationId();
        if (!registrationId.startsWith(DistrictSignIn.REGISTRATION_PREFIX)) {
            throw refused("不支持的登录方式");
        }
        DistrictSignIn signIn = signIns.find(registrationId.substring(DistrictSignIn.REGISTRATION_PREFIX.length()))
                .orElseThrow(() -> refused("本区县未开通统一身份认证登录"));
        if (!signIn.active()) {
            throw refused("本区县已暂停服务，暂时无法登录");
        }
        OidcIdToken idToken = request.getIdToken();
        Jwt claims = jwt(idToken, idToken.getClaims());
        var converter = new ExternalUserConverter(signIn.issuer(), users);
        ProvisionedUser user;
        try {
            user = converter.user(claims);
        } catch (OAuth2AuthenticationException e) {
            throw refused("统一身份认证的账户在本区县没有对应的有效用户，请联系本区管理员");
        }
        accounts.recordLogin(signIn.issuer().tenant().value(), user.id(), null);
        return new DistrictOidcUser(converter.authentication(jwt(idToken, sessionAttributes(idToken, signIn, user)), user), idToken);
    }

    /** What pages read of the session user, as the password sign-in's token carries it. */
    private static Map<String, Object> sessionAttributes(OidcIdToken idToken, DistrictSignIn signIn, ProvisionedUser user) {
        Map<String, Object> attributes = new HashMap<>(idToken.getClaims());
        attributes.put(TenantClaims.TENANT_ID, signIn.issuer().tenant().toString());
        attributes.put(TenantClaims.TENANT, signIn.slug());
        attributes.put(TenantClaims.ROLE, user.role().name());
        attributes.put("name", user.displayName());
        if (user.role() == Role.UNIT_EDITOR) {
            attributes.put(TenantClaims.UNITS, List.copyOf(user.units()));
        } else {
            attributes.remove(TenantClaims.UNITS);
        }
        return attributes;
    }

    private static Jwt jwt(OidcIdToken idToken, Map<String, Object> claims) {
        return new Jwt(idToken.getTokenValue(), idToken.getIssuedAt(), idToken.getExpiresAt(), Map.of("alg", "RS256"), claims);
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, message, null), message);
    }
}
