package cn.jixiao.platform.security;

import java.util.Set;
import java.util.UUID;

import cn.jixiao.infra.identity.Role;

/**
 * An active user of an active district, as our database knows it.
 *
 * @param displayName the name pages show
 * @param units the codes of the units the user may write (meaningful for UNIT_EDITOR only)
 */
public record ProvisionedUser(UUID id, String username, String displayName, Role role, Set<String> units) {

    public ProvisionedUser {
        units = Set.copyOf(units);
    }
}
