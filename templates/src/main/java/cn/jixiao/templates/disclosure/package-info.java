/**
 * Immutable domain model of a department's annual budget performance-goal disclosure (预算绩效目标).
 * Money amounts are {@link java.math.BigDecimal} in 万元, never floating point.
 */
package cn.jixiao.templates.disclosure;
