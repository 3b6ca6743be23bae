package cn.jixiao.templates.diff;

/**
 * A unit (单位) of the department present in both versions, matched by code, that changed.
 *
 * @param fromIndex position in the old unit list
 * @param toIndex   position in the new unit list
 * @param moved     the unit changed places
 * @param code      unit code
 * @param name      change of the unit name, {@code null} if unchanged
 */
public record UnitChange(int fromIndex, int toIndex, boolean moved, String code, TextChange name)
        implements MatchedChange {}
