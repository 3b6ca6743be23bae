package cn.jixiao.platform.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import cn.jixiao.platform.tenancy.TenantBound;
import cn.jixiao.platform.tenancy.TenantId;

/** A verified token and the district it was issued for; a UNIT_EDITOR's token also names its units. */
public class TenantJwtAuthentication extends JwtAuthenticationToken implements TenantBound, UnitScope {

    private final TenantId tenantId;
    /** {@code null}: not limited to units (a field, not an Optional, so web sessions can be stored in Redis). */
    private final Set<String> writableUnits;

    TenantJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, TenantId tenantId,
                            Optional<Set<String>> writableUnits) {
        this(jwt, authorities, tenantId, writableUnits, jwt.getSubject());
    }

    /** @param name who acts, as audit entries and revisions record it */
    TenantJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, TenantId tenantId,
                            Optional<Set<String>> writableUnits, String name) {
        super(jwt, authorities, name);
        this.tenantId = tenantId;
        this.writableUnits = writableUnits.map(Set::copyOf).orElse(null);
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }

    @Override
    public Optional<Set<String>> writableUnits() {
        return Optional.ofNullable(writableUnits);
    }
}
