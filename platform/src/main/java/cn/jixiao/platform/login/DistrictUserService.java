package cn.jixiao.platform.login;

import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.security.TenantJwtConverter;
import cn.jixiao.platform.web.DistrictUser;

/**
 * Makes the web session's user from the access token itself (verified like any API token) rather
 * than from a user-info endpoint: the token already names district, role and units.
 */
@Component
class DistrictUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private final JwtDecoder decoder;
    private final TenantJwtConverter converter = new TenantJwtConverter();

    DistrictUserService(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        try {
            return new DistrictUser(converter.convert(decoder.decode(request.getAccessToken().getTokenValue())));
        } catch (JwtException | IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token"), "登录令牌无效", e);
        }
    }
}
