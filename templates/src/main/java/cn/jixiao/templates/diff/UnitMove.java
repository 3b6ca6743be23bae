package cn.jixiao.templates.diff;

/**
 * A project that moved to another unit of the department.
 *
 * @param fromUnitCode old unit code
 * @param toUnitCode   new unit code
 */
public record UnitMove(String fromUnitCode, String toUnitCode) {}
