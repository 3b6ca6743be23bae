package cn.jixiao.templates.forms;

import cn.jixiao.templates.validation.Severity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a template runs one rule.
 *
 * @param id       rule id, e.g. "budget.sum"
 * @param severity severity of its findings
 * @param enabled  whether it runs at all
 * @param params   numeric limits; names starting with "max" may only go down and "min" only up in a derivation
 */
public record RuleSetting(String id, Severity severity, boolean enabled, Map<String, BigDecimal> params) {
    public RuleSetting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A parameter, or the default when the template does not set it. */
    public BigDecimal param(String name, BigDecimal defaultValue) {
        return params.getOrDefault(name, defaultValue);
    }
}
