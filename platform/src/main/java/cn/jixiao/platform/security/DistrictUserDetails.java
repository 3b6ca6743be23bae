package cn.jixiao.platform.security;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

import cn.jixiao.infra.identity.Role;

/**
 * A user whose password was just checked by the login form. It only lets the authorization server
 * issue a code: it carries no authorities and is bound to no tenant, so nothing reads data with it.
 * The token the code is exchanged for (see {@link DistrictTokenClaims}) is what the web pages use.
 */
public record DistrictUserDetails(UUID tenantId, String tenantSlug, UUID userId, String username, String displayName,
                                  Role role, List<String> unitCodes) implements AuthenticatedPrincipal, java.io.Serializable {

    @Override
    public String getName() {
        return username;
    }
}
