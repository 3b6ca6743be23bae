package cn.jixiao.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Writes disclosures, also of single units: callers with scope {@code disclosures.write}, and background jobs. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SYSTEM')")
public @interface CanWriteDisclosures {
}
