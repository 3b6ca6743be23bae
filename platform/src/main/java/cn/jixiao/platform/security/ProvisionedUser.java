package cn.jixiao.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * An active user of an active district, as our database knows it.
 *
 * @param units the codes of the units the user may write (meaningful for UNIT_EDITOR only)
 */
record ProvisionedUser(UUID id, String username, Role role, Set<String> units) {

    ProvisionedUser {
        units = Set.copyOf(units);
    }
}
