package cn.jixiao.templates.diff;

import java.util.Objects;

import cn.jixiao.templates.disclosure.Unit;

/**
 * Changes of the department itself.
 *
 * @param fromCode old department code
 * @param toCode   new department code (differs only when two departments are compared on purpose)
 * @param name     change of the department name, {@code null} if unchanged
 * @param units    units added, removed, renamed or reordered, matched by code
 */
public record DepartmentChange(String fromCode, String toCode, TextChange name, ListChanges<Unit, UnitChange> units) {

    public DepartmentChange {
        Objects.requireNonNull(fromCode, "fromCode");
        Objects.requireNonNull(toCode, "toCode");
        Objects.requireNonNull(units, "units");
    }

    /** True when code, name and units are the same. */
    public boolean isEmpty() {
        return fromCode.equals(toCode) && name == null && units.isEmpty();
    }
}
