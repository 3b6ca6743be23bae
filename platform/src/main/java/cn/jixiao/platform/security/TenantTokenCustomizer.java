package cn.jixiao.platform.security;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.identity.Role;

/** Puts the client's district and the API audience into every access token the server issues. */
@Component
class TenantTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SecurityProperties properties;

    TenantTokenCustomizer(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (context.getPrincipal() != null && context.getPrincipal().getPrincipal() instanceof DistrictUserDetails user) {
            customizeForUser(context, user);
            return;
        }
        var settings = context.getRegisteredClient().getClientSettings();
        String tenantId = settings.getSetting(ApiClientRegistry.TENANT_ID_SETTING);
        if (tenantId == null) {
            return;
        }
        context.getClaims()
                .audience(List.of(properties.audience()))
                .claim(TenantClaims.TENANT_ID, tenantId)
                .claim(TenantClaims.TENANT, (String) settings.getSetting(ApiClientRegistry.TENANT_SLUG_SETTING));
    }

    /** A signed-in user's token: the scopes of its role, not the web client's, and its units. */
    private void customizeForUser(JwtEncodingContext context, DistrictUserDetails user) {
        var claims = context.getClaims()
                .subject(user.username())
                .audience(List.of(properties.audience()))
                .claim(TenantClaims.TENANT_ID, user.tenantId().toString())
                .claim(TenantClaims.TENANT, user.tenantSlug())
                .claim(TenantClaims.ROLE, user.role().name())
                .claim("name", user.displayName())
                .claim("scope", List.copyOf(new java.util.TreeSet<>(user.role().scopes())));
        if (user.role() == Role.UNIT_EDITOR) {
            claims.claim(TenantClaims.UNITS, user.unitCodes());
        }
    }
}
