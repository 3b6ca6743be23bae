package cn.jixiao.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import cn.jixiao.platform.tenancy.TenantId;

/** Turns a verified JWT into a tenant-bound authentication; a token without a valid tenant is refused. */
class TenantJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String tenant = jwt.getClaimAsString(TenantClaims.TENANT_ID);
        TenantId tenantId;
        try {
            tenantId = TenantId.of(tenant);
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("token carries no valid " + TenantClaims.TENANT_ID);
        }
        return new TenantJwtAuthentication(jwt, scopes.convert(jwt), tenantId);
    }
}
