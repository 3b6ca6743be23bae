package cn.jixiao.platform.login;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import cn.jixiao.platform.security.TenantJwtAuthentication;
import cn.jixiao.platform.web.DistrictUser;

/**
 * A district user signed in through the district's own issuer: the same principal as after the
 * password form (district, role, units from our database), plus the issuer's ID token.
 */
public final class DistrictOidcUser extends DistrictUser implements OidcUser {

    private final OidcIdToken idToken;

    DistrictOidcUser(TenantJwtAuthentication user, OidcIdToken idToken) {
        super(user);
        this.idToken = idToken;
    }

    /** The ID token's own claims, as the issuer signed them. */
    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null; // the user-info endpoint is not asked: our database says who the user is
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }
}
