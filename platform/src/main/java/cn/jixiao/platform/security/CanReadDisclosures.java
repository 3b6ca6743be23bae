package cn.jixiao.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Reads a district's disclosures: callers with scope {@code disclosures.read}, and background jobs ({@code SYSTEM}). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority('SCOPE_disclosures.read', 'SYSTEM')")
public @interface CanReadDisclosures {
}
