package cn.jixiao.templates.diff.view;

import java.util.HashMap;
import java.util.Map;

import cn.jixiao.templates.diff.DepartmentChange;
import cn.jixiao.templates.diff.Removed;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Unit;

/** Unit names by code: the department's current units and those it no longer has. */
final class UnitNames {

    private final Map<String, Unit> byCode = new HashMap<>();

    UnitNames(Department department, DepartmentChange change) {
        for (Removed<Unit> removed : change.units().removed()) {
            byCode.put(removed.item().code(), removed.item());
        }
        for (Unit unit : department.units()) {
            byCode.put(unit.code(), unit);
        }
    }

    /** The unit, or one with the code alone when its name is unknown. */
    Unit unit(String code) {
        return byCode.getOrDefault(code, new Unit(code, ""));
    }

    /** "202003 唐山市路南区…", or the code alone. */
    String label(String code) {
        Unit unit = unit(code);
        return unit.name().isEmpty() ? code : code + " " + unit.name();
    }
}
