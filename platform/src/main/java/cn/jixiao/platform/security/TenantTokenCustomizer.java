package cn.jixiao.platform.security;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/** Puts the client's district and the API audience into every access token the server issues. */
@Component
class TenantTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SecurityProperties properties;

    TenantTokenCustomizer(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
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
}
