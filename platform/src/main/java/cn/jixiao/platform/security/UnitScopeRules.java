package cn.jixiao.platform.security;

import org.springframework.stereotype.Component;

/**
 * {@link UnitScope} for method rules: {@code @PreAuthorize("… and @unitScope.unrestricted()")} keeps
 * operations on a whole department or district (roll-forward, template migration, document
 * settings, accepting an import, review and publication) away from principals limited to units.
 */
@Component("unitScope")
public class UnitScopeRules {

    /** True when the current principal is not limited to some units. */
    public boolean unrestricted() {
        return UnitScope.current().isEmpty();
    }
}
