package cn.jixiao.ops.identity;

import java.net.URI;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A district's external OIDC issuer as an operator enters it. A blank username claim means
 * {@value #DEFAULT_USERNAME_CLAIM}. The optional web client (id and secret the issuer gave Jixiao for
 * this district) lets the district's users sign in to the web pages through the issuer: a blank id
 * turns that off; a blank secret with an id keeps the secret stored before (it is never shown again).
 */
public record IdentityProviderRequest(
        String issuer,
        String jwkSetUri,
        @NotBlank(message = "受众（audience）不能为空") String audience,
        @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_.:-]{0,99}", message = "用户名声明须为字母、数字或 _ . : -，以字母或下划线开头")
        String usernameClaim,
        @Size(max = 200, message = TOO_LONG) String webClientId,
        @Size(max = 500, message = TOO_LONG) String webClientSecret) {

    public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";
    private static final String TOO_LONG = "网页登录客户端 ID 或密钥过长";

    public IdentityProviderRequest {
        issuer = trim(issuer);
        jwkSetUri = trim(jwkSetUri);
        audience = trim(audience);
        usernameClaim = trim(usernameClaim).isEmpty() ? DEFAULT_USERNAME_CLAIM : trim(usernameClaim);
        webClientId = trim(webClientId);
        webClientSecret = trim(webClientSecret);
    }

    public boolean webSignIn() {
        return !webClientId.isEmpty();
    }

    @Override
    public String toString() {
        return "IdentityProviderRequest[" + issuer + ", " + jwkSetUri + ", " + audience + ", " + usernameClaim + ", "
                + webClientId + ", secret " + (webClientSecret.isEmpty() ? "not given" : "given") + "]";
    }

    @AssertTrue(message = "签发者（issuer）须为以 https:// 或 http:// 开头的网址")
    boolean isIssuerAnHttpUrl() {
        return isHttpUrl(issuer);
    }

    @AssertTrue(message = "JWK Set 地址须为以 https:// 或 http:// 开头的网址")
    boolean isJwkSetUriAnHttpUrl() {
        return isHttpUrl(jwkSetUri);
    }

    @AssertTrue(message = "填写了网页登录客户端密钥，但未填写客户端 ID")
    boolean isSecretWithClientId() {
        return !webClientId.isEmpty() || webClientSecret.isEmpty();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
