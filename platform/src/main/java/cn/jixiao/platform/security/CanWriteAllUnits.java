package cn.jixiao.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Writes a whole department or district at once: as {@link CanWriteDisclosures}, but not for
 * principals limited to units ({@link UnitScopeRules}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SYSTEM') and @unitScope.unrestricted()")
public @interface CanWriteAllUnits {
}
