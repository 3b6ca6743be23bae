package cn.jixiao.platform.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The units an authenticated principal may write: a UNIT_EDITOR's named units; everybody else
 * (district admins, API clients, the system) is not limited to units.
 */
public interface UnitScope {

    /** Unit codes this principal may write, or empty when it is not limited to units. */
    Optional<Set<String>> writableUnits();

    /** The current principal's restriction; none when the principal carries no unit scope. */
    static Optional<Set<String>> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UnitScope scoped) {
            return scoped.writableUnits();
        }
        if (auth != null && auth.getPrincipal() instanceof UnitScope scoped) {
            return scoped.writableUnits();
        }
        return Optional.empty();
    }
}
