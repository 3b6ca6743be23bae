package cn.jixiao.templates.forms;

import java.math.BigDecimal;

/**
 * Limits of a field; {@code null} means no limit.
 *
 * @param maxLength   most characters (code points) of a text
 * @param min         smallest number allowed
 * @param max         largest number allowed
 * @param maxDecimals most decimal places of a number
 */
public record FieldLimits(Integer maxLength, BigDecimal min, BigDecimal max, Integer maxDecimals) {

    private static final FieldLimits NONE = new FieldLimits(null, null, null, null);

    /** No limits at all. */
    public static FieldLimits none() {
        return NONE;
    }

    /** True when no limit is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
